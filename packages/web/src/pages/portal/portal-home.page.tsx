import { useTranslation } from 'react-i18next';

/** Placeholder until its area is built. */
export function PortalHomePage() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <h1>{t('portal.title')}</h1>
    </main>
  );
}
