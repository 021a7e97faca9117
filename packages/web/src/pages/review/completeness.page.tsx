import { useTranslation } from 'react-i18next';

/** Placeholder until its area is built. */
export function CompletenessPage() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <h1>{t('nav.completeness')}</h1>
    </main>
  );
}
