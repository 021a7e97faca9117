import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { NotFound } from '../../shell/page-states.tsx';
import './admin.css';
import { BenchmarkPanel } from './benchmark.panel.tsx';
import { DeadlinesPanel } from './deadlines.panel.tsx';
import { FactorsPanel } from './factors.panel.tsx';
import { UsersPanel } from './users.panel.tsx';

const SECTIONS = [
  { key: 'users', href: '/users' },
  { key: 'factors', href: '/factors' },
  { key: 'benchmark', href: '/benchmark' },
  { key: 'deadlines', href: '/deadlines' },
] as const;

/** Nested under /admin: sub-navigation, one section per route. */
export function AdminPage() {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <main id="main" className="page-wide admin-page">
      <h1>{t('admin.title')}</h1>
      <nav className="admin-tabs" aria-label={t('admin.tabsLabel')}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.key}>
              <Link href={s.href} aria-current={location === s.href ? 'page' : undefined}>
                {t(`admin.tabs.${s.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Switch>
        <Route path="/">
          <Redirect to="/users" replace />
        </Route>
        <Route path="/users" component={UsersPanel} />
        <Route path="/factors" component={FactorsPanel} />
        <Route path="/benchmark" component={BenchmarkPanel} />
        <Route path="/deadlines" component={DeadlinesPanel} />
        <Route>
          <NotFound />
        </Route>
      </Switch>
    </main>
  );
}
