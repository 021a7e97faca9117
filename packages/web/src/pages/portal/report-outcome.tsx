import { useTranslation } from 'react-i18next';
import type { Outcome } from './use-report-editor.hook.ts';

/** What the last save or submit did, announced to screen readers. */
export function ReportOutcome({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  if (outcome.kind === 'idle') return null;
  if (outcome.kind === 'busy') return <p aria-live="polite">{t('portal.form.saving')}</p>;
  if (outcome.kind === 'saved') {
    return (
      <p role="status" data-testid="saved">
        {t('portal.form.saved')}
      </p>
    );
  }
  let text = t('portal.form.conflict');
  if (outcome.kind === 'invalid') text = t('portal.form.invalidSummary', { count: outcome.count });
  if (outcome.kind === 'failed') text = t('portal.form.saveFailed', { message: outcome.message });
  return (
    <p role="alert" className="alert" data-testid="form-alert">
      {text}
    </p>
  );
}
