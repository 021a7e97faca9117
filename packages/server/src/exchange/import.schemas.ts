import { z } from 'zod';
import { listOf } from '../http/common.schemas.ts';
import { IMPORT_KINDS, type RowError } from './exchange-column.ts';
import type { ImportSummary, Progress } from './import-plan.ts';
import type { ImportRow } from './imports.repository.ts';

export const IMPORT_MODES = ['all-or-nothing', 'valid-only'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
/** Errors an ImportDto carries; errorCount is the full number and errors.xlsx lists all stored. */
export const DTO_ERROR_CAP = 1000;
/** Errors stored per import (the errors.xlsx row report). */
export const STORED_ERROR_CAP = 10_000;

export const importKindParams = z.object({ kind: z.enum(IMPORT_KINDS) });
export const langQuery = z.object({ lang: z.enum(['zh-CN', 'en']).default('zh-CN') });
export const importQuery = z.object({
  kind: z.enum(IMPORT_KINDS),
  mode: z.enum(IMPORT_MODES).default('all-or-nothing'),
});

const rowErrorDto = z.object({
  sheet: z.string(),
  row: z.number().int().describe('1-based sheet row (the header is row 1)'),
  column: z.string().describe('the column’s header text'),
  value: z.string(),
  message: z.string(),
});

export const importDto = z.object({
  id: z.number().int(),
  kind: z.enum(IMPORT_KINDS),
  mode: z.enum(IMPORT_MODES),
  fileName: z.string(),
  status: z.enum(['running', 'succeeded', 'rejected', 'failed', 'unchanged']),
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  summary: z.object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    skipped: z.number().int(),
  }),
  errors: z.array(rowErrorDto).describe(`the first ${DTO_ERROR_CAP} row errors`),
  errorCount: z.number().int(),
  duplicateOf: z.number().int().nullable().describe('the earlier import of the same file, when unchanged'),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportDto = z.infer<typeof importDto>;
export const importListDto = listOf(importDto);

/** What summary_json keeps besides the counts. */
export interface StoredSummary extends ImportSummary {
  errorCount: number;
  duplicateOf: number | null;
}

const EMPTY: StoredSummary = {
  created: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  errorCount: 0,
  duplicateOf: null,
};

export function toImportDto(row: ImportRow, progress: Progress | undefined): ImportDto {
  const stored = { ...EMPTY, ...(JSON.parse(row.summary_json) as Partial<StoredSummary>) };
  const errors = (JSON.parse(row.errors_json) as RowError[]).slice(0, DTO_ERROR_CAP);
  return {
    id: row.id,
    kind: row.kind as ImportDto['kind'],
    mode: row.mode,
    fileName: row.file_name,
    status: row.status,
    progress: progress ?? { done: row.rows_total, total: row.rows_total },
    summary: {
      created: stored.created,
      updated: stored.updated,
      unchanged: stored.unchanged,
      skipped: stored.skipped,
    },
    errors,
    errorCount: stored.errorCount,
    duplicateOf: stored.duplicateOf,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}
