import type { RowError } from './exchange-column.ts';
import type { StoredSummary } from './import.schemas.ts';
import type { ImportRow } from './imports.repository.ts';

/** How an import ended, as stored in its `imports` row. */
export type Outcome = Pick<ImportRow, 'status'> & {
  summary: StoredSummary;
  errors: RowError[];
  total: number;
};

export const ZERO = { created: 0, updated: 0, unchanged: 0, skipped: 0 };

export function summaryOf(
  counts: StoredSummary | typeof ZERO,
  errors: RowError[],
  duplicateOf: number | null,
): StoredSummary {
  return {
    created: counts.created,
    updated: counts.updated,
    unchanged: counts.unchanged,
    skipped: counts.skipped,
    errorCount: errors.length,
    duplicateOf,
  };
}

export function failed(message: string): Outcome {
  return {
    status: 'failed',
    summary: summaryOf(ZERO, [fileError(message)], null),
    errors: [fileError(message)],
    total: 0,
  };
}

/** A refusal of the file itself (wrong type, corrupt, zip bomb): the one error says why. */
const fileError = (message: string): RowError => ({ sheet: '', row: 0, column: '', value: '', message });
