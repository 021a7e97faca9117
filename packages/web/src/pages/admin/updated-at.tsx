import { useTranslation } from 'react-i18next';

/** When a setting was last stored, or that the built-in default applies. */
export function UpdatedAt({ at }: { at: string | null }) {
  const { t, i18n } = useTranslation();
  const text = at
    ? t('admin.updatedAt', { at: new Date(at).toLocaleString(i18n.language) })
    : t('admin.notYetSet');
  return <p className="muted">{text}</p>;
}
