import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import type { SessionUser } from '../../api.client.ts';
import { LoadState, NotFound } from '../../shell/page-states.tsx';
import { useApi } from '../../shell/use-api.hook.ts';
import { ContractsPage } from './contracts.page.tsx';
import { PortalOverview } from './portal-overview.tsx';
import { ReportFormPage } from './report-form.page.tsx';
import { EnterpriseIdContext } from './use-enterprise-id.hook.ts';
import './portal.css';

/** The enterprise portal (nested under /portal): overview, report form, contracts. */
export function PortalHomePage() {
  const { t } = useTranslation();
  // The shell renders this route without props; the session's enterprise comes from /auth/me.
  const me = useApi<{ user: SessionUser }>('/auth/me');
  return (
    <main id="main" className="page-wide portal">
      <nav className="portal-nav" aria-label={t('portal.nav.label')}>
        <Link href="/">{t('portal.nav.home')}</Link>
        <Link href="/reports/new">{t('portal.nav.newReport')}</Link>
        <Link href="/contracts">{t('portal.nav.contracts')}</Link>
      </nav>
      <LoadState state={me}>
        {(data) => (
          <EnterpriseIdContext.Provider value={data.user.enterpriseId}>
            <PortalRoutes />
          </EnterpriseIdContext.Provider>
        )}
      </LoadState>
    </main>
  );
}

function PortalRoutes() {
  return (
    <Switch>
      <Route path="/" component={PortalOverview} />
      <Route path="/reports/new">
        <ReportFormPage id={null} />
      </Route>
      <Route path="/reports/:id">{(p) => <ReportFormPage key={p.id} id={Number(p.id)} />}</Route>
      <Route path="/contracts" component={ContractsPage} />
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}
