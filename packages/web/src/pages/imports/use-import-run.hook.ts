import { useCallback, useEffect, useState } from 'react';
import { ApiError, apiRequest } from '../../api.client.ts';
import type { ImportKind } from '../../exchange/exchange-urls.ts';
import { POLL_INTERVAL_MS } from './import.model.ts';
import { uploadImport } from './import-upload.ts';
import type { ImportDto, ImportMode } from './imports.types.ts';

export type ImportRun =
  | { phase: 'idle' }
  | { phase: 'uploading' }
  | { phase: 'running'; dto: ImportDto }
  | { phase: 'finished'; dto: ImportDto }
  | { phase: 'error'; status: number; message: string };

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

// A dropped connection (e.g. the server closing an oversized upload early) is a TypeError, not an answer.
function failure(error: unknown): ImportRun {
  if (error instanceof ApiError) return { phase: 'error', status: error.status, message: error.message };
  return { phase: 'error', status: 0, message: error instanceof Error ? error.message : String(error) };
}
