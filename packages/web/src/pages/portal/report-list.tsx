import { formatDate, type Language } from '@greenshore/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isEditable, type ReportDto } from './portal.types.ts';

/** The enterprise's reports with their status and, when returned, the analyst's reason. */
export function ReportList({ reports }: { reports: ReportDto[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <table className="data-table" data-testid="report-list">
      <thead>
        <tr>
          <th scope="col">{t('portal.reports.period')}</th>
          <th scope="col">{t('portal.reports.status')}</th>
          <th scope="col">{t('portal.reports.version')}</th>
          <th scope="col">{t('portal.reports.returnReason')}</th>
          <th scope="col">{t('portal.reports.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => (
          <tr key={r.id} data-testid={`report-row-${r.id}`}>
            <td>
              {formatDate(r.period.start, lang)} – {formatDate(r.period.end, lang)}
            </td>
            <td>
              <span className={`status-badge status-${r.status}`}>{t(`portal.status.${r.status}`)}</span>
            </td>
            <td>{r.version}</td>
            <td data-testid="return-reason">{r.status === 'returned' ? r.returnReason : ''}</td>
            <td>
              <Link href={`/reports/${r.id}`}>
                {isEditable(r.status) ? t('portal.reports.edit') : t('portal.reports.view')}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
