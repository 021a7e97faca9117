import { useTranslation } from 'react-i18next';
import type { SessionUser } from './api.client.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { ROLE_LABEL_KEYS } from './role.keys.ts';

interface AppHeaderProps {
  user: SessionUser | null;
  onLogout: () => void;
}

export function AppHeader({ user, onLogout }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <div className="header-actions">
        {user && (
          <p className="header-user">
            <span className="visually-hidden">{t('auth.signedInAs')} </span>
            <span data-testid="user-email">{user.email}</span>
            <span className="role-badge">{t(ROLE_LABEL_KEYS[user.role])}</span>
          </p>
        )}
        <LanguageSwitch />
        {user && (
          <button type="button" className="button-secondary" onClick={onLogout}>
            {t('auth.logout')}
          </button>
        )}
      </div>
    </header>
  );
}
