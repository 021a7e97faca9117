import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { rowReportHref } from '../../exchange/exchange-urls.ts';
import { useApi } from '../../shell/use-api.hook.ts';
import { formatDateTime, languageOf } from '../review/review-format.ts';
import { hasRowReport, hiddenErrorCount, outcomeOf } from './import.model.ts';
import type { ImportDto } from './imports.types.ts';
import { RowErrorTable } from './row-error-table.tsx';

/** A finished import: what happened, the rows at fault and the downloadable row report. */
export function ImportOutcomeView({ dto }: { dto: ImportDto }) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const heading = useRef<HTMLHeadingElement>(null);
  // The result replaces the progress bar; moving the focus there tells keyboard and screen-reader users.
  useEffect(() => heading.current?.focus(), []);
  const good = dto.status === 'succeeded' || dto.status === 'unchanged';
  const hidden = hiddenErrorCount(dto);
  return (
    <section
      className={good ? 'card import-outcome outcome-ok' : 'card import-outcome outcome-bad'}
      aria-labelledby="import-outcome-title"
      data-testid="import-outcome"
      data-status={dto.status}
      data-import-id={dto.id}
    >
      <h2 id="import-outcome-title" ref={heading} tabIndex={-1}>
        {t('exchange.imports.outcomeTitle')} · {t(`exchange.imports.status.${dto.status}`)}
      </h2>
      <OutcomeMessage dto={dto} />
      {dto.status !== 'failed' && dto.errors.length > 0 && <RowErrorTable errors={dto.errors} />}
      {hidden > 0 && (
        <p className="muted">
          {t('exchange.imports.moreErrors', { shown: dto.errors.length, count: dto.errorCount })}
        </p>
      )}
      {hasRowReport(dto) && (
        <a
          className="download-link"
          href={rowReportHref(dto.id, lang)}
          download
          data-testid="import-row-report"
        >
          {t('exchange.imports.rowReport')}
        </a>
      )}
    </section>
  );
}

function OutcomeMessage({ dto }: { dto: ImportDto }) {
  const { t } = useTranslation();
  const outcome = outcomeOf(dto);
  switch (outcome.kind) {
    case 'succeeded':
      return (
        <p data-testid="import-message">
          {t('exchange.imports.succeeded', outcome)}
          {outcome.skipped > 0 && ` ${t('exchange.imports.skipped', outcome)}`}
        </p>
      );
    case 'unchanged':
      return <UnchangedMessage duplicateOf={outcome.duplicateOf} />;
    case 'rejected':
      return (
        <p data-testid="import-message">{t('exchange.imports.rejected', { count: outcome.errorCount })}</p>
      );
    case 'failed':
      return <p data-testid="import-message">{t('exchange.imports.failed', { reason: outcome.reason })}</p>;
    case 'running':
      return null;
  }
}

/** "Already imported on <date>": the date is the earlier import's, read from the API. */
function UnchangedMessage({ duplicateOf }: { duplicateOf: number | null }) {
  const { t, i18n } = useTranslation();
  const earlier = useApi<ImportDto>(duplicateOf === null ? null : `/imports/${duplicateOf}`);
  const text =
    earlier.status === 'ready'
      ? t('exchange.imports.unchanged', {
          date: formatDateTime(earlier.data.createdAt, languageOf(i18n.language)),
          id: duplicateOf,
        })
      : t('exchange.imports.unchangedNoDate', { id: duplicateOf ?? '' });
  return <p data-testid="import-message">{text}</p>;
}
