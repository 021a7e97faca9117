import { useTranslation } from 'react-i18next';

/** Placeholder until its area is built. */
export function EnterprisesPage() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <h1>{t('enterprises.title')}</h1>
    </main>
  );
}
