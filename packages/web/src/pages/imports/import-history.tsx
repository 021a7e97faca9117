import { useTranslation } from 'react-i18next';
import { rowReportHref } from '../../exchange/exchange-urls.ts';
import { LoadState } from '../../shell/page-states.tsx';
import type { Loadable } from '../../shell/use-api.hook.ts';
import { formatDateTime, languageOf } from '../review/review-format.ts';
import { hasRowReport } from './import.model.ts';
import type { ImportDto, ImportList } from './imports.types.ts';

/** The last imports the user may see (a filer: its enterprise's), newest first as the API orders them. */
export function ImportHistory({ state }: { state: Loadable<ImportList> & { reload: () => void } }) {
  const { t } = useTranslation();
  return (
    <section className="card import-history" aria-labelledby="import-history-title">
      <h2 id="import-history-title">{t('exchange.imports.history.title')}</h2>
      <LoadState
        state={state}
        isEmpty={(d) => d.items.length === 0}
        empty={t('exchange.imports.history.empty')}
      >
        {(data) => (
          <div className="table-scroll">
            <table className="data-table" data-testid="import-history">
              <thead>
                <tr>
                  <th scope="col">{t('exchange.imports.history.id')}</th>
                  <th scope="col">{t('exchange.imports.history.kind')}</th>
                  <th scope="col">{t('exchange.imports.history.file')}</th>
                  <th scope="col">{t('exchange.imports.history.status')}</th>
                  <th scope="col">{t('exchange.imports.history.createdAt')}</th>
                  <th scope="col">{t('exchange.imports.history.result')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <HistoryRow key={item.id} item={item} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </LoadState>
    </section>
  );
}

function HistoryRow({ item }: { item: ImportDto }) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  return (
    <tr data-testid={`import-row-${item.id}`}>
      <th scope="row">#{item.id}</th>
      <td>{t(`exchange.imports.kind.${item.kind}`)}</td>
      <td className="file-name">{item.fileName}</td>
      <td>
        <span className={`import-badge import-badge-${item.status}`}>
          {t(`exchange.imports.status.${item.status}`)}
        </span>
      </td>
      <td>{formatDateTime(item.createdAt, lang)}</td>
      <td>
        {item.status === 'succeeded' && t('exchange.imports.history.counts', item.summary)}
        {item.status === 'unchanged' &&
          item.duplicateOf !== null &&
          t('exchange.imports.history.duplicateOf', { id: item.duplicateOf })}
        {item.errorCount > 0 && (
          <span className="muted">
            {' '}
            {t('exchange.imports.history.errorCount', { count: item.errorCount })}
          </span>
        )}
        {hasRowReport(item) && (
          <>
            {' '}
            <a
              href={rowReportHref(item.id, lang)}
              download
              aria-label={t('exchange.imports.history.rowReportLabel', { id: item.id })}
            >
              {t('exchange.imports.history.rowReport')}
            </a>
          </>
        )}
      </td>
    </tr>
  );
}
