import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api.client.ts';
import { useApi } from '../../shell/use-api.hook.ts';
import { importKindsFor } from './import.model.ts';
import { ImportForm } from './import-form.tsx';
import { ImportHistory } from './import-history.tsx';
import { ImportStatus } from './import-status.tsx';
import type { ImportList } from './imports.types.ts';
import { useImportRun } from './use-import-run.hook.ts';
import '../../exchange/exchange.css';
import './imports.css';

/** Spreadsheet import: template, upload, live progress, the row-by-row outcome and recent imports. */
export function ImportsPage({ role }: { role: Role }) {
  const { t } = useTranslation();
  const { run, start } = useImportRun();
  const history = useApi<ImportList>('/imports?limit=20');
  const { reload } = history;
  // The history shows a new import as soon as it runs, and its result once it has one.
  useEffect(() => {
    if (run.phase === 'running' || run.phase === 'finished') reload();
  }, [run.phase, reload]);
  return (
    <main id="main" className="page page-wide imports-page">
      <h1>{t('exchange.imports.title')}</h1>
      <p className="muted">{t('exchange.imports.intro')}</p>
      <ImportForm
        kinds={importKindsFor(role)}
        busy={run.phase === 'uploading' || run.phase === 'running'}
        onStart={start}
      />
      <ImportStatus run={run} />
      <ImportHistory state={history} />
    </main>
  );
}
