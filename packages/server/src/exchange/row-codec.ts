import type { z } from 'zod';
import { matchHeader } from '../spreadsheets/header-match.ts';
import type { CellValue, ReadSheet } from '../spreadsheets/spreadsheet.types.ts';
import { CellProblem, coerceCell } from './cell-coerce.ts';
import { type ExchangeColumn, headerText, type RowError, setPath, shownValue } from './exchange-column.ts';

/** A data row with its cells by column key (as coerced) and its raw cells (for error messages). */
export interface DecodedRow {
  row: number;
  values: Record<string, unknown>;
  /** The row's cells as read and where each column key sits in them (shared by the sheet's rows). */
  cells: readonly CellValue[];
  index: ReadonlyMap<string, number>;
  /** A cell could not be read: already reported, so the schema is not asked again. */
  failed: boolean;
}

export interface DecodedSheet {
  rows: DecodedRow[];
  errors: RowError[];
}

/** Which file column feeds which spec column; a missing required column is an error of the header row. */
function columnMap(sheet: ReadSheet, columns: readonly ExchangeColumn[], label: string) {
  const byKey = new Map<string, number>();
  sheet.header.forEach((cell, index) => {
    const key = matchHeader(cell, columns);
    if (key && !byKey.has(key)) byKey.set(key, index);
  });
  const errors = columns
    .filter((c) => c.required && !c.readOnly && !byKey.has(c.key))
    .map((c) => ({ sheet: label, row: 1, column: headerText(c), value: '', message: 'column is missing' }));
  return { byKey, errors };
}

/** Reads every row into column-keyed values; cells that cannot be coerced become row errors. */
export function decodeSheet(
  sheet: ReadSheet,
  columns: readonly ExchangeColumn[],
  label: string,
): DecodedSheet {
  const { byKey, errors } = columnMap(sheet, columns, label);
  const used = columns.filter((c) => !c.readOnly && byKey.has(c.key));
  const rows: DecodedRow[] = [];
  for (const { rowNumber, cells } of sheet.rows) {
    if (cells.every((c) => c === null || c === '')) continue;
    const values: Record<string, unknown> = {};
    let failed = false;
    for (const column of used) {
      const cell = cells[byKey.get(column.key) as number] ?? null;
      const coerced = coerceCell(column, cell);
      if (coerced instanceof CellProblem) {
        failed = true;
        errors.push({
          sheet: label,
          row: rowNumber,
          column: headerText(column),
          value: shownValue(cell),
          message: coerced.message,
        });
      } else if (coerced !== undefined) values[column.key] = coerced;
    }
    rows.push({ row: rowNumber, values, cells, index: byKey, failed });
  }
  return { rows, errors };
}

/** The nested API object of a row's values, leaving out the key columns the body does not take. */
export function bodyOf(
  values: Record<string, unknown>,
  omit: readonly string[] = [],
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) if (!omit.includes(key)) setPath(body, key, value);
  return body;
}

/** The column an issue path names: the exact key, else the closest column under or above that path. */
export function columnOfPath(path: string, columns: readonly ExchangeColumn[]): ExchangeColumn | undefined {
  return (
    columns.find((c) => c.key === path) ??
    columns.find((c) => path !== '' && c.key.startsWith(`${path}.`)) ??
    [...columns].sort((a, b) => b.key.length - a.key.length).find((c) => path.startsWith(`${c.key}.`))
  );
}

/** The cell of a column as read, before coercion. */
export function rawCell(row: DecodedRow, key: string): CellValue {
  const at = row.index.get(key);
  return at === undefined ? null : (row.cells[at] ?? null);
}

/** A row error naming a column by key (or the first column when the issue names none). */
export function rowError(
  label: string,
  row: DecodedRow,
  columns: readonly ExchangeColumn[],
  path: string,
  message: string,
): RowError {
  const column = columnOfPath(path, columns) ?? (columns[0] as ExchangeColumn);
  return {
    sheet: label,
    row: row.row,
    column: headerText(column),
    value: shownValue(rawCell(row, column.key)),
    message,
  };
}

/** Validates a row's body with the API's own schema; every issue becomes a row error on its column. */
export function validateRow<S extends z.ZodType>(
  schema: S,
  body: unknown,
  label: string,
  row: DecodedRow,
  columns: readonly ExchangeColumn[],
  pathPrefix = '',
): { data: z.output<S> } | { errors: RowError[] } {
  if (row.failed) return { errors: [] };
  const parsed = schema.safeParse(body);
  if (parsed.success) return { data: parsed.data };
  return {
    errors: parsed.error.issues.map((issue) =>
      rowError(label, row, columns, pathPrefix + issue.path.join('.'), issue.message),
    ),
  };
}
