/**
 * The one table model of spreadsheet exchange: templates, imports and exports all speak it, so a file
 * the app writes is a file the app reads. Readers and writers live beside this file.
 */

/**
 * A cell as the app sees it: dates travel as ISO `YYYY-MM-DD` text, empty cells as null, text trimmed.
 * Cells read from CSV are always `string | null`: district codes and USCCs are digit strings, so only the
 * import layer, which knows each column's type, turns text into numbers. XLSX cells keep their type.
 */
export type CellValue = string | number | boolean | null;

export type Lang = 'zh-CN' | 'en';
export type Bilingual = Record<Lang, string>;

/** How a column is typed, which decides its cell type and number format when written. */
export type ColumnType = 'text' | 'code' | 'integer' | 'decimal' | 'money' | 'date' | 'boolean';

export interface ColumnSpec {
  /** Stable key, the API field path it maps to, e.g. `uscc` or `energy.electricityKwh`. */
  key: string;
  header: Bilingual;
  type: ColumnType;
  /** Unit and meaning, shown in a template's notes sheet. */
  note?: Bilingual;
  /** Allowed codes: a data-validation list in templates. */
  codes?: readonly string[];
  required?: boolean;
  /** Computed or server-owned: exported, ignored on import. */
  readOnly?: boolean;
}

/** One sheet to write. Rows hold cells in the order of `columns`. */
export interface TableSheet {
  name: string;
  columns: readonly ColumnSpec[];
  rows: readonly (readonly CellValue[])[];
}

/** One sheet as read: the header row's texts, then data rows with their 1-based sheet row numbers. */
export interface ReadSheet {
  name: string;
  header: string[];
  rows: { rowNumber: number; cells: CellValue[] }[];
}

/** No sheet may have more rows than this (header included): bigger files are split by the sender. */
export const MAX_ROWS_PER_SHEET = 200_000;

export interface ReadWorkbook {
  format: 'xlsx' | 'csv';
  /** CSV only: the encoding detected. */
  encoding?: 'utf-8' | 'utf-8-bom' | 'gbk';
  sheets: ReadSheet[];
}

/** Every refusal of an uploaded file: a stable code for tests and clients, a message for people. */
export type SpreadsheetProblem =
  | 'too-large'
  | 'unsupported-type'
  | 'corrupt'
  | 'zip-bomb'
  | 'unsafe-path'
  | 'too-many-rows'
  | 'empty';

export class SpreadsheetError extends Error {
  constructor(
    readonly problem: SpreadsheetProblem,
    message: string,
  ) {
    super(message);
  }
}
