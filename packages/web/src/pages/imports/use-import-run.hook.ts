import { useCallback, useEffect, useState } from 'react';
import { apiRequest } from '../../api.client.ts';
import type { ImportKind } from '../../exchange/exchange-urls.ts';
import { POLL_INTERVAL_MS } from './import.model.ts';
import { uploadImport } from './import-upload.ts';
import type { ImportDto, ImportMode } from './imports.types.ts';

export type ImportRun =
  | { phase: 'idle' }
  | { phase: 'uploading' }
  | { phase: 'running'; dto: ImportDto }
  | { phase: 'finished'; dto: ImportDto }
  | { phase: 'error'; message: string };

/** Uploads a file, then polls its import until it leaves 'running'. */
export function useImportRun(): {
  run: ImportRun;
  start: (file: File, kind: ImportKind, mode: ImportMode) => void;
} {
  const [run, setRun] = useState<ImportRun>({ phase: 'idle' });

  const start = useCallback((file: File, kind: ImportKind, mode: ImportMode) => {
    setRun({ phase: 'uploading' });
    uploadImport(file, kind, mode).then(
      (dto) => setRun(phaseOf(dto)),
      (error: unknown) => setRun(failure(error)),
    );
  }, []);

  // Each answer sets a new state object, which schedules the next poll; leaving the page cancels it.
  useEffect(() => {
    if (run.phase !== 'running') return;
    let current = true;
    const timer = setTimeout(() => {
      apiRequest<ImportDto>('GET', `/imports/${run.dto.id}`).then(
        (r) => current && setRun(phaseOf(r.data)),
        (error: unknown) => current && setRun(failure(error)),
      );
    }, POLL_INTERVAL_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [run]);

  return { run, start };
}

function phaseOf(dto: ImportDto): ImportRun {
  return dto.status === 'running' ? { phase: 'running', dto } : { phase: 'finished', dto };
}

// An ApiError carries the server's reason; a dropped connection (e.g. the server closing an oversized
// upload early) is a TypeError, not an answer, and shows the browser's message.
function failure(error: unknown): ImportRun {
  return { phase: 'error', message: error instanceof Error ? error.message : String(error) };
}
