import { formatPercent } from '@greenshore/core';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '../review/previous-reports.ts';
import type { ReportDto } from '../review/review.types.ts';
import { languageOf } from '../review/review-format.ts';
import { latestReport, taseOf } from './enterprise-trends.ts';

/** The TASE 2017 conditions of the latest report: each value against its threshold. */
export function TaseChecksSection({ reports }: { reports: ReportDto[] }) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const latest = latestReport(reports);
  const tase = taseOf(latest);
  return (
    <section className="card" aria-labelledby="tase-title" data-testid="tase-checks">
      <h2 id="tase-title">{t('enterprises.tase.title')}</h2>
      {!latest || !tase ? (
        <p className="muted">{t('enterprises.tase.none')}</p>
      ) : (
        <>
          <p>
            {t('enterprises.tase.from', { period: periodLabel(latest.periodType, latest.period) })}{' '}
            <strong>
              {tase.eligible ? t('enterprises.tase.eligible') : t('enterprises.tase.notEligible')}
            </strong>
          </p>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('enterprises.tase.rule')}</th>
                <th scope="col">{t('enterprises.tase.value')}</th>
                <th scope="col">{t('enterprises.tase.threshold')}</th>
                <th scope="col">{t('enterprises.tase.result')}</th>
              </tr>
            </thead>
            <tbody>
              {tase.checks.map((c) => (
                <tr key={c.rule}>
                  <th scope="row">{t(`enterprises.tase.rules.${c.rule}`)}</th>
                  <td>{formatPercent(c.value, lang)}</td>
                  <td>≥ {formatPercent(c.threshold, lang)}</td>
                  <td className={c.pass ? 'pass' : 'fail'}>
                    {c.pass ? t('enterprises.tase.pass') : t('enterprises.tase.fail')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
