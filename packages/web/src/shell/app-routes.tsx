import { Redirect, Route, Switch } from 'wouter';
import type { SessionUser } from '../api.client.ts';
import { HomePage } from '../home.page.tsx';
import { AdminPage } from '../pages/admin/admin.page.tsx';
import { DashboardPage } from '../pages/dashboard/dashboard.page.tsx';
import { EnterprisePage } from '../pages/enterprises/enterprise.page.tsx';
import { EnterprisesPage } from '../pages/enterprises/enterprises.page.tsx';
import { ImportsPage } from '../pages/imports/imports.page.tsx';
import { PortalHomePage } from '../pages/portal/portal-home.page.tsx';
import { CompletenessPage } from '../pages/review/completeness.page.tsx';
import { ReviewPage } from '../pages/review/review.page.tsx';
import { homePathOf } from './nav.tsx';
import { NotFound } from './page-states.tsx';

/**
 * Every page. Role checks here only choose what to offer; the API enforces access on every call,
 * so a page reached by typing its URL still shows nothing it should not (e.g. "not found").
 */
export function AppRoutes({ user }: { user: SessionUser }) {
  const bureau = user.role === 'analyst' || user.role === 'admin';
  return (
    <Switch>
      <Route path="/">
        <Redirect to={homePathOf(user.role)} replace />
      </Route>
      <Route path="/home">
        <HomePage user={user} />
      </Route>
      {bureau && <Route path="/dashboard" component={DashboardPage} />}
      {bureau && <Route path="/review" nest component={ReviewPage} />}
      {bureau && <Route path="/completeness" component={CompletenessPage} />}
      {bureau && <Route path="/enterprises" component={EnterprisesPage} />}
      <Route path="/enterprises/:id">{(p) => <EnterprisePage id={Number(p.id)} />}</Route>
      {user.role === 'enterprise' && <Route path="/portal" nest component={PortalHomePage} />}
      {user.role !== 'institute' && <Route path="/imports">{() => <ImportsPage role={user.role} />}</Route>}
      {user.role === 'admin' && <Route path="/admin" nest component={AdminPage} />}
      <Route>
        <main id="main" className="page">
          <NotFound />
        </main>
      </Route>
    </Switch>
  );
}
