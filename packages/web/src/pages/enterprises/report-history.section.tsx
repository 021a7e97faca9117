import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LoadState } from '../../shell/page-states.tsx';
import { useApi } from '../../shell/use-api.hook.ts';
import { periodLabel } from '../review/previous-reports.ts';
import type { List, ReportDto, VersionDto } from '../review/review.types.ts';
import { formatDateTime, languageOf } from '../review/review-format.ts';

/** Every report, newest period first; each opens to every version ever stored. */
export function ReportHistorySection({ reports }: { reports: ReportDto[] }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="history-title" data-testid="report-history">
      <h2 id="history-title">{t('enterprises.reports.title')}</h2>
      {reports.length === 0 ? (
        <p className="muted">{t('enterprises.reports.none')}</p>
      ) : (
        <ul className="report-history">
          {reports.map((r) => (
            <ReportEntry key={r.id} report={r} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReportEntry({ report }: { report: ReportDto }) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const [open, setOpen] = useState(false);
  const period = periodLabel(report.periodType, report.period);
  return (
    <li>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        {/* The visible text is the accessible name (no aria-label), and the review link sits outside
            <summary>: interactive content nested in it is unreachable for assistive technology. */}
        <summary>
          <strong>{period}</strong> {t(`review.periodType.${report.periodType}`)} ·{' '}
          {t(`review.status.${report.status}`)} · v{report.version} ·{' '}
          {t('review.flagCount', { count: report.flags.length })} · {formatDateTime(report.updatedAt, lang)}
        </summary>
        {open && <VersionsTable reportId={report.id} />}
      </details>
      {report.status === 'submitted' && (
        <Link href={`/review/${report.id}`} aria-label={`${t('review.open')} ${period}`}>
          {t('review.open')}
        </Link>
      )}
    </li>
  );
}

function VersionsTable({ reportId }: { reportId: number }) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const versions = useApi<List<VersionDto>>(`/reports/${reportId}/versions`);
  return (
    <LoadState state={versions}>
      {(data) => (
        <table className="data-table">
          <caption className="visually-hidden">{t('enterprises.reports.versions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('enterprises.reports.versionCol')}</th>
              <th scope="col">{t('enterprises.reports.action')}</th>
              <th scope="col">{t('enterprises.reports.status')}</th>
              <th scope="col">{t('enterprises.reports.actor')}</th>
              <th scope="col">{t('enterprises.reports.at')}</th>
              <th scope="col">{t('enterprises.reports.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((v) => (
              <tr key={v.version}>
                <th scope="row">v{v.version}</th>
                <td>{t(`enterprises.reports.actions.${v.action}`)}</td>
                <td>{t(`review.status.${v.status}`)}</td>
                <td>{v.actor?.email ?? '—'}</td>
                <td>{formatDateTime(v.at, lang)}</td>
                <td>{v.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </LoadState>
  );
}
