import ExcelJS from 'exceljs';
import { isoDate, readText, SheetCollector } from './read-cells.ts';
import {
  type CellValue,
  MAX_ROWS_PER_SHEET,
  type ReadSheet,
  type ReadWorkbook,
  SpreadsheetError,
} from './spreadsheet.types.ts';
import { guardZip, type ZipLimits } from './zip-guard.ts';

/** Reads the sheets of an XLSX workbook (very hidden ones aside); the ZIP guard runs before exceljs. */
export async function readXlsx(bytes: Buffer, limits?: Partial<ZipLimits>): Promise<ReadWorkbook> {
  await guardZip(bytes, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new SpreadsheetError(
      'corrupt',
      `the XLSX file is damaged or not a valid workbook (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  if (workbook.worksheets.length === 0) {
    // exceljs reads any ZIP (a .docx, an .ods, a plain archive) as a workbook without sheets.
    throw new SpreadsheetError(
      'unsupported-type',
      'the file is a ZIP archive but not an Excel workbook: save it as .xlsx or .csv',
    );
  }
  // Very hidden sheets hold the lists of the templates' drop-downs, not data.
  const sheets = workbook.worksheets.filter((ws) => ws.state !== 'veryHidden').map(readWorksheet);
  return { format: 'xlsx', sheets };
}

function readWorksheet(ws: ExcelJS.Worksheet): ReadSheet {
  if (ws.actualRowCount > MAX_ROWS_PER_SHEET) {
    throw new SpreadsheetError(
      'too-many-rows',
      `sheet "${ws.name}" has ${ws.actualRowCount.toLocaleString('en')} rows; at most ${MAX_ROWS_PER_SHEET.toLocaleString('en')} are accepted: split it into smaller files`,
    );
  }
  const collector = new SheetCollector(ws.name);
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = normaliseCell(cell.value);
    });
    collector.add(
      rowNumber,
      Array.from(cells, (cell) => cell ?? null),
    );
  });
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
