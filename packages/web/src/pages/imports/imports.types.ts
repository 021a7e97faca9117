import type { ImportKind } from '../../exchange/exchange-urls.ts';

/** The API's ImportDto (GET /imports/:id), as the page reads it. */

export type ImportStatus = 'running' | 'succeeded' | 'rejected' | 'failed' | 'unchanged';
export type ImportMode = 'all-or-nothing' | 'valid-only';

export interface RowError {
  sheet: string;
  row: number;
  column: string;
  value: string | number | boolean | null;
  message: string;
}

export interface ImportDto {
  id: number;
  kind: ImportKind;
  mode: ImportMode;
  fileName: string;
  status: ImportStatus;
  progress: { done: number; total: number };
  summary: { created: number; updated: number; unchanged: number; skipped: number };
  /** The first 1000 only; `errorCount` counts them all. */
  errors: RowError[];
  errorCount: number;
  duplicateOf: number | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface ImportList {
  items: ImportDto[];
  total: number;
}
