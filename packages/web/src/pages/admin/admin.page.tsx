import { useTranslation } from 'react-i18next';

/** Placeholder until its area is built. */
export function AdminPage() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <h1>{t('admin.title')}</h1>
    </main>
  );
}
