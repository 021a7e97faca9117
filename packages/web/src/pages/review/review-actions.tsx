import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDto } from './review.types.ts';
import { approvalBlocked, decide } from './review-actions.model.ts';

interface ActionsProps {
  report: ReportDto;
  /** Called with the confirmation text; the caller shows it, since reloading the report remounts this. */
  onDecided: (text: string) => void;
}

/** Approve, or return with a required reason; only a submitted report is up for a decision. */
export function ReviewActions({ report, onDecided }: ActionsProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(decision: Parameters<typeof decide>[1], doneText: string) {
    setBusy(true);
    const outcome = await decide(report.id, decision);
    setBusy(false);
    if (!outcome.ok) return setError(t('review.actions.failed', { message: outcome.message }));
    onDecided(doneText);
  }

  function onReturn(event: FormEvent) {
    event.preventDefault();
    const missing = reason.trim() === '';
    setReasonMissing(missing);
    if (!missing) void run({ kind: 'return', reason }, t('review.actions.returned'));
  }

  const blocked = approvalBlocked(report);
  return (
    <section className="card review-actions" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('review.actions.title')}</h2>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      {report.status !== 'submitted' ? (
        <p className="muted">
          {t('review.actions.notSubmitted', { status: t(`review.status.${report.status}`) })}
        </p>
      ) : (
        <>
          {blocked && <p className="muted">{t('review.actions.notApprovable')}</p>}
          <button
            type="button"
            className="button-primary"
            disabled={busy || blocked}
            onClick={() => void run({ kind: 'approve' }, t('review.actions.approved'))}
          >
            {busy ? t('review.actions.approving') : t('review.actions.approve')}
          </button>
          <form className="return-form" onSubmit={onReturn} noValidate>
            <label htmlFor="return-reason">{t('review.actions.returnReason')}</label>
            <textarea
              id="return-reason"
              rows={3}
              value={reason}
              required
              aria-invalid={reasonMissing}
              aria-describedby="return-reason-hint"
              onChange={(e) => setReason(e.target.value)}
            />
            <p id="return-reason-hint" className={reasonMissing ? 'form-error' : 'muted'}>
              {reasonMissing ? t('review.actions.reasonRequired') : t('review.actions.returnHint')}
            </p>
            <button type="submit" className="button-secondary" disabled={busy}>
              {t('review.actions.return')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
