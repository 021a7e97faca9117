import { useTranslation } from 'react-i18next';

/** Placeholder until its area is built. */
export function EnterprisePage({ id }: { id: number }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <h1>
        {t('enterprises.title')} #{id}
      </h1>
    </main>
  );
}
