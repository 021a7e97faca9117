import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffKeyResults, diffValues } from './filing-diff.ts';
import type { ReportDto, VersionDto } from './review.types.ts';
import { formatChange, formatScalar, languageOf } from './review-format.ts';

interface DiffTablesProps {
  report: ReportDto;
  previousVersion: VersionDto | null;
  previousPeriod: ReportDto | null;
}

const SHARES = new Set(['valueAddedRate', 'offshoreShare']);

/** Key results and the filing, each against the previous version and the previous period. */
export function DiffTables({ report, previousVersion, previousPeriod }: DiffTablesProps) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const byVersion = diffKeyResults(report.result, previousVersion?.result ?? null);
  const byPeriod = diffKeyResults(report.result, previousPeriod?.result ?? null);
  return (
    <>
      <section className="card" aria-labelledby="results-diff-title">
        <h2 id="results-diff-title">{t('review.diff.resultsTitle')}</h2>
        {!previousVersion && <p className="muted">{t('review.diff.noPreviousVersion')}</p>}
        {!previousPeriod && <p className="muted">{t('review.diff.noPreviousPeriod')}</p>}
        <div className="table-scroll">
          <table className="data-table diff-table" data-testid="results-diff">
            <thead>
              <tr>
                <th scope="col">{t('review.diff.field')}</th>
                <th scope="col">{t('review.diff.current')}</th>
                <th scope="col">{t('review.diff.previousVersion')}</th>
                <th scope="col">{t('review.diff.change')}</th>
                <th scope="col">{t('review.diff.previousPeriod')}</th>
                <th scope="col">{t('review.diff.change')}</th>
              </tr>
            </thead>
            <tbody>
              {byVersion.map((row, i) => {
                const period = byPeriod[i];
                const share = SHARES.has(row.key);
                return (
                  <tr key={row.key} className={row.changed && previousVersion ? 'changed' : undefined}>
                    <th scope="row">{t(`review.results.${row.key}`)}</th>
                    <td>{formatScalar(row.current, lang, share)}</td>
                    <td>{formatScalar(row.previous, lang, share)}</td>
                    <td>{formatChange(row.delta, row.relative, lang)}</td>
                    <td>{formatScalar(period?.previous, lang, share)}</td>
                    <td>{formatChange(period?.delta ?? null, period?.relative ?? null, lang)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <FilingDiff report={report} previousVersion={previousVersion} previousPeriod={previousPeriod} />
    </>
  );
}

/** The filing field by field beside the previous version's and the previous period's. */
function FilingDiff({ report, previousVersion, previousPeriod }: DiffTablesProps) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const [onlyChanged, setOnlyChanged] = useState(false);
  const byVersion = new Map(
    diffValues(report.filing, previousVersion?.filing ?? null).map((r) => [r.path, r]),
  );
  const rows = diffValues(report.filing, previousPeriod?.filing ?? null).filter(
    (r) => !onlyChanged || r.changed || byVersion.get(r.path)?.changed,
  );
  return (
    <section className="card" aria-labelledby="filing-diff-title">
      <h2 id="filing-diff-title">{t('review.diff.filingTitle')}</h2>
      <label className="checkbox">
        <input type="checkbox" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} />
        {t('review.diff.onlyChanged')}
      </label>
      <div className="table-scroll">
        <table className="data-table diff-table" data-testid="filing-diff">
          <thead>
            <tr>
              <th scope="col">{t('review.diff.field')}</th>
              <th scope="col">{t('review.diff.current')}</th>
              <th scope="col">{t('review.diff.previousVersion')}</th>
              <th scope="col">{t('review.diff.previousPeriod')}</th>
              <th scope="col">{t('review.diff.change')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.path} className={row.changed && previousPeriod ? 'changed' : undefined}>
                <th scope="row">
                  <code>{row.path}</code>
                </th>
                <td>{formatScalar(row.current, lang)}</td>
                <td className={byVersion.get(row.path)?.changed && previousVersion ? 'changed' : undefined}>
                  {formatScalar(byVersion.get(row.path)?.previous, lang)}
                </td>
                <td>{formatScalar(row.previous, lang)}</td>
                <td>{formatChange(row.delta, row.relative, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
