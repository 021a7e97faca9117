import type { CellValue, ColumnType } from './spreadsheet.types.ts';

/** Spreadsheet programs treat text starting with these as a formula (CSV/formula injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEUTRALISED = /^'[=+\-@\t\r\n]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const NUMERIC_TYPES: ReadonlySet<ColumnType> = new Set(['integer', 'decimal', 'money']);

/** Prefixes an apostrophe so the text is shown, never evaluated. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The reverse on reading, so a file the app wrote reads back to the same text. */
export function restoreNeutralised(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

/**
 * The value a writer puts in a cell: genuine numbers (and numeric text in a numeric column, which
 * should have been a number) stay numeric; every other text is neutralised.
 */
export function outputCell(value: CellValue | undefined, type: ColumnType): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (NUMERIC_TYPES.has(type) && PLAIN_NUMBER.test(value)) return Number(value);
  return neutraliseFormula(value);
}
