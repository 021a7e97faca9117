import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LoadState } from '../../shell/page-states.tsx';
import { useApi } from '../../shell/use-api.hook.ts';
import { BenchmarkPanel } from './benchmark-panel.tsx';
import type { BenchmarkDto, ListOf, ReportDto } from './portal.types.ts';
import { ReportList } from './report-list.tsx';
import { useEnterpriseId } from './use-enterprise-id.hook.ts';

/** Portal home: own figures against the peers, then the report list with return reasons. */
export function PortalOverview() {
  const { t } = useTranslation();
  const enterpriseId = useEnterpriseId();
  const benchmark = useApi<BenchmarkDto>(enterpriseId ? `/enterprises/${enterpriseId}/benchmark` : null);
  const reports = useApi<ListOf<ReportDto>>(
    enterpriseId ? `/enterprises/${enterpriseId}/reports?limit=100` : null,
  );
  return (
    <>
      <h1>{t('portal.title')}</h1>
      <LoadState state={benchmark}>{(data) => <BenchmarkPanel data={data} />}</LoadState>
      <section className="card portal-section" aria-labelledby="portal-reports-title">
        <header className="portal-section-header">
          <h2 id="portal-reports-title">{t('portal.reports.title')}</h2>
          <Link className="button-primary" href="/reports/new">
            {t('portal.reports.new')}
          </Link>
        </header>
        <LoadState state={reports} isEmpty={(d) => d.items.length === 0} empty={t('portal.reports.empty')}>
          {(data) => <ReportList reports={data.items} />}
        </LoadState>
      </section>
    </>
  );
}
