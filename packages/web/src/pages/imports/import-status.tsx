import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { progressValue } from './import.model.ts';
import { ImportOutcomeView } from './import-outcome.tsx';
import type { ImportRun } from './use-import-run.hook.ts';

/**
 * The running import's progress, then its outcome. The live region is always in the page, so screen
 * readers announce its first text too; the outcome takes the focus when it arrives.
 */
export function ImportStatus({ run }: { run: ImportRun }) {
  const { t } = useTranslation();
  const progress = run.phase === 'running' ? progressValue(run.dto) : null;
  return (
    <div className="import-status">
      {(run.phase === 'uploading' || run.phase === 'running') && (
        <progress
          className="import-progress"
          aria-label={t('exchange.imports.progressLabel')}
          data-testid="import-progress"
          {...(progress ?? {})}
        />
      )}
      <p role="status" aria-live="polite" data-testid="import-progress-text">
        <LiveText run={run} />
      </p>
      {run.phase === 'finished' && <ImportOutcomeView key={run.dto.id} dto={run.dto} />}
      {run.phase === 'error' && <UploadError message={run.message} />}
    </div>
  );
}

function LiveText({ run }: { run: ImportRun }) {
  const { t } = useTranslation();
  if (run.phase === 'uploading') return t('exchange.imports.uploading');
  if (run.phase !== 'running') return null;
  const { done, total } = run.dto.progress;
  return total > 0 ? t('exchange.imports.progress', { done, total }) : t('exchange.imports.progressStarting');
}

function UploadError({ message }: { message: string }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} role="alert" className="alert" tabIndex={-1} data-testid="import-upload-error">
      {t('exchange.imports.uploadFailed', { message })}
    </div>
  );
}
