import { useTranslation } from 'react-i18next';
import type { SubmitOutcome } from './admin-form.model.ts';

/** The form's outcome, announced politely (saved) or assertively (refused). */
export function FormStatus({ outcome, savedText }: { outcome: SubmitOutcome; savedText?: string }) {
  const { t } = useTranslation();
  if (outcome.kind === 'saving') return <p className="muted">{t('admin.saving')}</p>;
  if (outcome.kind === 'saved') {
    return (
      <p className="form-success" role="status">
        {savedText ?? t('admin.saved')}
      </p>
    );
  }
  const message =
    outcome.kind === 'invalid'
      ? t('admin.fixFields')
      : outcome.kind === 'stale'
        ? t('admin.stale')
        : outcome.kind === 'failed'
          ? t('admin.failed', { message: outcome.message })
          : null;
  if (message === null) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
