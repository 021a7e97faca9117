import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ExportButtons } from '../../exchange/export-buttons.tsx';
import { LoadState } from '../../shell/page-states.tsx';
import { useApi } from '../../shell/use-api.hook.ts';
import { periodLabel } from './previous-reports.ts';
import type { List, QueueItem } from './review.types.ts';
import { formatDateTime, languageOf, nameIn } from './review-format.ts';

/** The bureau's queue: every submitted report, oldest first, with its flags and explanation. */
export function ReviewQueue() {
  const { t } = useTranslation();
  const state = useApi<List<QueueItem>>('/reports?status=submitted&limit=500');
  return (
    <>
      <h1>{t('review.title')}</h1>
      <p className="muted">{t('review.intro')}</p>
      <ExportButtons kind="reports" filters={{ status: 'submitted' }} />
      <LoadState state={state} isEmpty={(d) => d.items.length === 0} empty={t('review.emptyQueue')}>
        {(data) => <QueueTable items={data.items} />}
      </LoadState>
    </>
  );
}

function QueueTable({ items }: { items: QueueItem[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table review-queue" data-testid="review-queue">
        <thead>
          <tr>
            <th scope="col">{t('review.col.enterprise')}</th>
            <th scope="col">{t('review.col.period')}</th>
            <th scope="col">{t('review.col.version')}</th>
            <th scope="col">{t('review.col.flags')}</th>
            <th scope="col">{t('review.col.explanation')}</th>
            <th scope="col">{t('review.col.approvable')}</th>
            <th scope="col">{t('review.col.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <QueueRow key={item.id} item={item} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function QueueRow({ item }: { item: QueueItem }) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const name = nameIn(lang, { zh: item.enterpriseNameZh, en: item.enterpriseNameEn });
  const period = periodLabel(item.periodType, item.period);
  return (
    <tr data-testid={`queue-item-${item.id}`} data-approvable={item.approvable}>
      <th scope="row">
        <Link href={`/${item.id}`} aria-label={t('review.openLabel', { name, period })}>
          {name}
        </Link>
      </th>
      <td>
        {period} <span className="muted">{t(`review.periodType.${item.periodType}`)}</span>
      </td>
      <td>{item.version}</td>
      <td>
        {item.flagCount === 0 ? (
          t('review.noFlags')
        ) : (
          <ul className="flag-list">
            {item.flags.map((f) => (
              <li key={`${f.code}-${f.field}`}>{f.message}</li>
            ))}
          </ul>
        )}
      </td>
      <td>{item.explanation ?? <span className="muted">{t('review.notExplained')}</span>}</td>
      <td>
        <span className={item.approvable ? 'badge badge-ok' : 'badge badge-warn'}>
          {item.approvable ? t('review.approvable') : t('review.notApprovable')}
        </span>
      </td>
      <td>{formatDateTime(item.updatedAt, lang)}</td>
    </tr>
  );
}
