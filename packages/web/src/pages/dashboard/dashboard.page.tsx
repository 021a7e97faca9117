import { useTranslation } from 'react-i18next';

/** Placeholder until its area is built. */
export function DashboardPage() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <h1>{t('dashboard.title')}</h1>
    </main>
  );
}
