import { useTranslation } from 'react-i18next';
import type { SessionUser } from './api.client.ts';
import { ROLE_AREA_KEYS, ROLE_LABEL_KEYS } from './role.keys.ts';

interface HomePageProps {
  user: SessionUser;
}

/** Placeholder landing page until the role-specific dashboards exist. */
export function HomePage({ user }: HomePageProps) {
  const { t } = useTranslation();
  return (
    <main id="main" className="page home-page" data-testid="home" tabIndex={-1}>
      <section className="card">
        <h1>{t('home.welcome', { email: user.email })}</h1>
        <p>{t('home.role', { role: t(ROLE_LABEL_KEYS[user.role]) })}</p>
        <p>{t('home.area', { area: t(ROLE_AREA_KEYS[user.role]) })}</p>
        <p className="muted">{t('home.comingSoon')}</p>
      </section>
    </main>
  );
}
