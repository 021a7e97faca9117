import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LoadState } from '../../shell/page-states.tsx';
import { useApi } from '../../shell/use-api.hook.ts';
import type { List, ReportDto } from '../review/review.types.ts';
import { languageOf, nameIn } from '../review/review-format.ts';
import { ContractsSection } from './contracts.section.tsx';
import type { Enterprise } from './enterprises.types.ts';
import { ProfileSection } from './profile.section.tsx';
import { ReportHistorySection } from './report-history.section.tsx';
import { TaseChecksSection } from './tase-checks.section.tsx';
import { TrendsSection } from './trends.section.tsx';
import './enterprises.css';

/** One enterprise: profile, contracts, report history, trends and the TASE checks. */
export function EnterprisePage({ id }: { id: number }) {
  const enterprise = useApi<Enterprise>(
    Number.isInteger(id) && id > 0 ? `/enterprises/${id}` : '/enterprises/0',
  );
  return (
    <main id="main" className="page page-wide enterprises-page">
      <LoadState state={enterprise}>{(data) => <EnterpriseBody enterprise={data} />}</LoadState>
    </main>
  );
}

function EnterpriseBody({ enterprise }: { enterprise: Enterprise }) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const reports = useApi<List<ReportDto>>(`/enterprises/${enterprise.id}/reports?limit=500`);
  return (
    <>
      <p>
        <Link href="/enterprises">{t('enterprises.back')}</Link>
      </p>
      <h1>{nameIn(lang, { zh: enterprise.nameZh, en: enterprise.nameEn })}</h1>
      <ProfileSection enterprise={enterprise} />
      <LoadState state={reports}>
        {(data) => (
          <>
            <TaseChecksSection reports={data.items} />
            <TrendsSection reports={data.items} />
            <ReportHistorySection reports={data.items} />
          </>
        )}
      </LoadState>
      <ContractsSection enterpriseId={enterprise.id} />
    </>
  );
}
