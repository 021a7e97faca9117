import type { Role } from '../../api.client.ts';
import type { ImportKind } from '../../exchange/exchange-urls.ts';
import type { ImportDto } from './imports.types.ts';

/** The server's default upload cap (GREENSHORE_UPLOAD_MAX_MB); it stays the authority and answers 413. */
export const UPLOAD_MAX_MB = 20;
/** How often a running import is asked for its progress. */
export const POLL_INTERVAL_MS = 500;

/** What each role may import: enterprises only by an administrator (the API answers 403 otherwise). */
export function importKindsFor(role: Role): ImportKind[] {
  if (role === 'admin') return ['enterprises', 'contracts', 'reports'];
  if (role === 'analyst' || role === 'enterprise') return ['contracts', 'reports'];
  return [];
}

/** Refuses a file above the cap before sending it, saying how big it is (MB, one decimal). */
export function sizeProblem(bytes: number, maxMb = UPLOAD_MAX_MB): { size: string; max: number } | null {
  if (bytes <= maxMb * 1024 * 1024) return null;
  return { size: (bytes / (1024 * 1024)).toFixed(1), max: maxMb };
}

export type ImportOutcome =
  | { kind: 'running'; done: number; total: number }
  | { kind: 'succeeded'; created: number; updated: number; unchanged: number; skipped: number }
  | { kind: 'unchanged'; duplicateOf: number | null }
  | { kind: 'rejected'; errorCount: number }
  | { kind: 'failed'; reason: string };

/** What to tell the user about an import, from its status. */
export function outcomeOf(dto: ImportDto): ImportOutcome {
  switch (dto.status) {
    case 'running':
      return { kind: 'running', done: dto.progress.done, total: dto.progress.total };
    case 'succeeded':
      return { kind: 'succeeded', ...dto.summary };
    case 'unchanged':
      return { kind: 'unchanged', duplicateOf: dto.duplicateOf };
    case 'rejected':
      return { kind: 'rejected', errorCount: dto.errorCount };
    case 'failed':
      // A refused file carries its reason as the first error; an empty list must still say something.
      return { kind: 'failed', reason: dto.errors[0]?.message ?? '' };
  }
}

/** The row report is worth offering whenever any row was refused (also when valid rows were imported). */
export function hasRowReport(dto: ImportDto): boolean {
  return dto.status !== 'running' && dto.errorCount > 0;
}

/** The row-error table lists what the DTO carries; the rest is only in the downloadable report. */
export function hiddenErrorCount(dto: ImportDto): number {
  return Math.max(0, dto.errorCount - dto.errors.length);
}

/** `<progress>` needs a maximum above zero; before the server has counted the rows it is indeterminate. */
export function progressValue(dto: ImportDto): { value: number; max: number } | null {
  const { done, total } = dto.progress;
  return total > 0 ? { value: Math.min(done, total), max: total } : null;
}
