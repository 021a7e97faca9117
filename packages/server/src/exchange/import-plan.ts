import type { Kysely, Transaction } from 'kysely';
import type { UserRow } from '../auth/users.repository.ts';
import type { DB } from '../db/database.types.ts';
import type { Database, DialectKind } from '../db/dialect.ts';
import { matchHeader } from '../spreadsheets/header-match.ts';
import type { ReadSheet, ReadWorkbook } from '../spreadsheets/spreadsheet.types.ts';
import type { ExchangeColumn, RowError } from './exchange-column.ts';
import { sheetName } from './exchange-column.ts';

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

export interface Progress {
  done: number;
  total: number;
}

/** Who imports and what they may touch: a filer only its own enterprise. */
export interface ImportScope {
  actor: UserRow;
  /** The filer's enterprise; null for bureau staff (the whole city). */
  enterpriseId: number | null;
  now: Date;
  /** The database dialect (the report writers need it for the audit chain lock). */
  dialect: DialectKind;
}

/** What validation found: the row errors and the writes of the valid rows, not yet run. */
export interface ImportPlan {
  total: number;
  errors: RowError[];
  summary: Omit<ImportSummary, 'skipped'>;
  /** Runs inside the import's transaction; `database` picks the fastest bulk insert of its dialect. */
  write(trx: Transaction<DB>, database: Database): Promise<void>;
}

export type Planner = (
  db: Kysely<DB>,
  scope: ImportScope,
  workbook: ReadWorkbook,
  onRow: () => void,
) => Promise<ImportPlan>;

export interface SheetSpec {
  name: { 'zh-CN': string; en: string };
  columns: readonly ExchangeColumn[];
}

/**
 * The workbook's sheet for a spec: by sheet name (either half or both), or for CSV (one sheet) by its
 * header row, which must name the spec's first distinctive required column.
 */
export function findSheet(
  workbook: ReadWorkbook,
  spec: SheetSpec,
  distinctive: string,
): ReadSheet | undefined {
  const names = [spec.name['zh-CN'], spec.name.en, sheetName(spec.name)].map((n) => n.toLowerCase());
  const byName = workbook.sheets.find((s) => names.includes(s.name.trim().toLowerCase()));
  if (byName || workbook.format === 'xlsx') return byName;
  const sheet = workbook.sheets[0];
  return sheet?.header.some((h) => matchHeader(h, spec.columns) === distinctive) ? sheet : undefined;
}

/** Rows that carry at least one error, counted once each (sheet and row). */
export function rowsWithErrors(errors: readonly RowError[]): number {
  return new Set(errors.map((e) => `${e.sheet}\u0000${e.row}`)).size;
}

/** The filer rule: a USCC the actor may not touch is a row error, the same text for unknown ones. */
export function enterpriseOf(
  scope: ImportScope,
  ids: Map<string, number>,
  uscc: unknown,
): { id: number } | { message: string } {
  const id = typeof uscc === 'string' ? ids.get(uscc.trim().toUpperCase()) : undefined;
  if (scope.enterpriseId !== null && id !== scope.enterpriseId) return { message: 'not your enterprise' };
  return id === undefined ? { message: 'no enterprise with this USCC' } : { id };
}
