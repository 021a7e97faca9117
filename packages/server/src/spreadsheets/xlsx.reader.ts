import type ExcelJS from 'exceljs';
import { isoDate, readText, SheetCollector } from './read-cells.ts';
import {
  type CellValue,
  MAX_ROWS_PER_SHEET,
  type ReadSheet,
  type ReadWorkbook,
  SpreadsheetError,
} from './spreadsheet.types.ts';
import { type StreamedSheet, streamedSheets } from './xlsx-stream-reader.ts';
import { guardZip, type ZipLimits } from './zip-guard.ts';

/**
 * Reads the sheets of an XLSX workbook (very hidden ones aside) one row at a time, so only the rows read
 * are held, never exceljs's model of the whole workbook. The ZIP guard runs before exceljs.
 */
export async function readXlsx(bytes: Buffer, limits?: Partial<ZipLimits>): Promise<ReadWorkbook> {
  await guardZip(bytes, limits);
  const read: { order: number; state?: string; sheet: ReadSheet }[] = [];
  try {
    for await (const streamed of streamedSheets(bytes)) {
      read.push({ order: streamed.order, state: streamed.state, sheet: await readWorksheet(streamed) });
    }
  } catch (err) {
    if (err instanceof SpreadsheetError) throw err;
    throw new SpreadsheetError(
      'corrupt',
      `the XLSX file is damaged or not a valid workbook (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  if (read.length === 0) {
    // exceljs reads any ZIP (a .docx, an .ods, a plain archive) as a workbook without sheets.
    throw new SpreadsheetError(
      'unsupported-type',
      'the file is a ZIP archive but not an Excel workbook: save it as .xlsx or .csv',
    );
  }
  // Very hidden sheets hold the lists of the templates' drop-downs, not data. Parts may be stored in any
  // order: the sheets come in workbook.xml's.
  const sheets = read
    .filter(({ state }) => state !== 'veryHidden')
    .sort((a, b) => a.order - b.order)
    .map(({ sheet }) => sheet);
  return { format: 'xlsx', sheets };
}

async function readWorksheet(streamed: StreamedSheet): Promise<ReadSheet> {
  const collector = new SheetCollector(streamed.name);
  let rows = 0;
  for await (const row of streamed.rows) {
    if (!row.hasValues) continue;
    rows += 1;
    if (rows > MAX_ROWS_PER_SHEET) {
      const most = MAX_ROWS_PER_SHEET.toLocaleString('en');
      throw new SpreadsheetError(
        'too-many-rows',
        `sheet "${streamed.name}" has more than ${most} rows; at most ${most} are accepted: split it into smaller files`,
      );
    }
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = normaliseCell(streamed.dateResult(cell) ?? cell.value);
    });
    collector.add(
      row.number,
      Array.from(cells, (cell) => cell ?? null),
    );
  }
  return collector.sheet();
}

/** An exceljs value as a CellValue: rich text, hyperlinks and formulas become their text or result. */
export function normaliseCell(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return readText(value);
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return readText(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) {
    const text = value.text as unknown;
    return typeof text === 'string' ? readText(text) : normaliseCell(text as ExcelJS.CellValue);
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return normaliseCell(value.result as ExcelJS.CellValue | undefined);
  }
  if ('error' in value) return value.error;
  return null;
}
