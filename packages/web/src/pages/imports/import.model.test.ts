import { expect, test } from 'vitest';
import {
  hasRowReport,
  hiddenErrorCount,
  importKindsFor,
  outcomeOf,
  progressValue,
  sizeProblem,
} from './import.model.ts';
import type { ImportDto } from './imports.types.ts';

function dto(overrides: Partial<ImportDto>): ImportDto {
  return {
    id: 4,
    kind: 'contracts',
    mode: 'all-or-nothing',
    fileName: 'contracts.csv',
    status: 'running',
    progress: { done: 0, total: 0 },
    summary: { created: 0, updated: 0, unchanged: 0, skipped: 0 },
    errors: [],
    errorCount: 0,
    duplicateOf: null,
    createdAt: '2026-11-30T08:00:00.000Z',
    finishedAt: null,
    ...overrides,
  };
}

const rowError = { sheet: 'Contracts', row: 3, column: 'amount', value: 'abc', message: 'not a number' };

test('enterprises are offered to administrators only', () => {
  expect(importKindsFor('admin')).toEqual(['enterprises', 'contracts', 'reports']);
  expect(importKindsFor('analyst')).toEqual(['contracts', 'reports']);
  expect(importKindsFor('enterprise')).toEqual(['contracts', 'reports']);
  expect(importKindsFor('institute')).toEqual([]);
});

test('a file above the cap is refused before upload, with its size', () => {
  expect(sizeProblem(20 * 1024 * 1024)).toBeNull();
  expect(sizeProblem(20 * 1024 * 1024 + 1)).toEqual({ size: '20.0', max: 20 });
  expect(sizeProblem(3 * 1024 * 1024, 2)).toEqual({ size: '3.0', max: 2 });
});

test('each status becomes its outcome', () => {
  expect(outcomeOf(dto({ progress: { done: 5, total: 10 } }))).toEqual({
    kind: 'running',
    done: 5,
    total: 10,
  });
  const summary = { created: 2, updated: 1, unchanged: 3, skipped: 0 };
  expect(outcomeOf(dto({ status: 'succeeded', summary }))).toEqual({ kind: 'succeeded', ...summary });
  expect(outcomeOf(dto({ status: 'unchanged', duplicateOf: 2 }))).toEqual({
    kind: 'unchanged',
    duplicateOf: 2,
  });
  expect(outcomeOf(dto({ status: 'rejected', errors: [rowError], errorCount: 1 }))).toEqual({
    kind: 'rejected',
    errorCount: 1,
  });
  const failed = dto({
    status: 'failed',
    errors: [{ ...rowError, message: 'not an XLSX file' }],
    errorCount: 1,
  });
  expect(outcomeOf(failed)).toEqual({ kind: 'failed', reason: 'not an XLSX file' });
  expect(outcomeOf(dto({ status: 'failed' }))).toEqual({ kind: 'failed', reason: '' });
});

test('the row report is offered once finished with errors, also after a valid-only import', () => {
  expect(hasRowReport(dto({ errorCount: 1 }))).toBe(false);
  expect(hasRowReport(dto({ status: 'rejected', errorCount: 1 }))).toBe(true);
  expect(hasRowReport(dto({ status: 'succeeded', mode: 'valid-only', errorCount: 2 }))).toBe(true);
  expect(hasRowReport(dto({ status: 'succeeded' }))).toBe(false);
});

test('counts the errors only the downloadable report lists', () => {
  expect(hiddenErrorCount(dto({ errors: [rowError], errorCount: 1500 }))).toBe(1499);
  expect(hiddenErrorCount(dto({ errors: [rowError], errorCount: 1 }))).toBe(0);
});

test('progress is indeterminate until the rows are counted, and never beyond the total', () => {
  expect(progressValue(dto({}))).toBeNull();
  expect(progressValue(dto({ progress: { done: 3, total: 8 } }))).toEqual({ value: 3, max: 8 });
  expect(progressValue(dto({ progress: { done: 9, total: 8 } }))).toEqual({ value: 8, max: 8 });
});
