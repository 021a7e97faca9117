import { useTranslation } from 'react-i18next';
import { AppHeader } from './app-header.tsx';
import { LoginPage } from './login.page.tsx';
import { useSession } from './session.hook.ts';
import { AppRoutes } from './shell/app-routes.tsx';
import { MainNav } from './shell/nav.tsx';

export function App() {
  const { t } = useTranslation();
  const { state, signIn, signOut } = useSession();
  const user = state.status === 'authenticated' ? state.user : null;

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader user={user} onLogout={() => void signOut()} />
      {state.status === 'loading' && (
        <main id="main" className="page" aria-busy="true">
          <p className="muted">{t('app.loading')}</p>
        </main>
      )}
      {state.status === 'anonymous' && <LoginPage onSubmit={signIn} />}
      {user && <MainNav role={user.role} />}
      {user && <AppRoutes user={user} />}
    </div>
  );
}
