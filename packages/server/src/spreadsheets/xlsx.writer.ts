import ExcelJS from 'exceljs';
import { headerText } from './header-match.ts';
import { outputCell } from './neutralise-formula.ts';
import type { ColumnSpec, ColumnType, Lang, TableSheet } from './spreadsheet.types.ts';
import { addCodeLists } from './xlsx-code-lists.ts';

/** Number formats by column type; codes and dates are text ('@') so "0360" and round trips stay exact. */
const NUM_FMT: Record<ColumnType, string | undefined> = {
  text: undefined,
  code: '@',
  integer: '#,##0',
  // General shows a decimal's digits without the trailing "12." a '0.####' format leaves on integers.
  decimal: 'General',
  money: '#,##0.00',
  date: '@',
  boolean: undefined,
};

export interface XlsxOptions {
  /** The headers are bilingual whatever the language; it is kept for texts a caller adds. */
  lang: Lang;
  /** Written as the last sheet (column, unit, meaning, required), without drop-downs. */
  notes?: TableSheet;
  creator?: string;
}

/**
 * Writes sheets of the shared layout: a bold, frozen, filterable bilingual header row, real number cells
 * with formats, text neutralised against formula injection, drop-down lists for coded columns.
 */
export async function writeXlsx(sheets: readonly TableSheet[], options: XlsxOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator ?? 'Greenshore';
  const written = sheets.map((sheet) => [sheet, addSheet(workbook, sheet)] as const);
  if (options.notes) addSheet(workbook, options.notes);
  addCodeLists(workbook, written);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, sheet: TableSheet): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((col, i) => ({
    key: col.key,
    width: columnWidth(col, sheet.rows, i),
    style: NUM_FMT[col.type] ? { numFmt: NUM_FMT[col.type] } : {},
  }));
  const header = ws.addRow(sheet.columns.map(headerText));
  header.font = { bold: true };
  for (const row of sheet.rows) {
    ws.addRow(sheet.columns.map((col, i) => outputCell(row[i], col.type)));
  }
  if (sheet.columns.length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  return ws;
}

/** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
}

/** Wide enough for the header and the first rows, CJK counted double, within 10..50 characters. */
function columnWidth(col: ColumnSpec, rows: TableSheet['rows'], index: number): number {
  let widest = displayWidth(headerText(col));
  for (const row of rows.slice(0, 500)) {
    const value = row[index];
    if (value !== null && value !== undefined) widest = Math.max(widest, displayWidth(String(value)));
  }
  return Math.min(50, Math.max(10, widest + 2));
}

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}
