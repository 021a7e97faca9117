import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { LoggedIn } from '../../test/app.harness.ts';
import { call } from '../../test/report.fixture.ts';
import { readSpreadsheet } from '../spreadsheets/spreadsheet.reader.ts';
import type { ReadSheet, ReadWorkbook } from '../spreadsheets/spreadsheet.types.ts';

/** GET /exports/<path> as a logged-in user; fails loudly on anything but 200. */
export async function exported(app: FastifyInstance, who: LoggedIn, url: string) {
  const res = await call(app, who, 'GET', `/exports/${url}`);
  if (res.statusCode !== 200) throw new Error(`export ${url}: ${res.statusCode} ${res.body}`);
  const fileName = /filename="([^"]+)"/.exec(String(res.headers['content-disposition']))?.[1] ?? '';
  return { res, bytes: res.rawPayload, fileName };
}

export async function readExported(app: FastifyInstance, who: LoggedIn, url: string): Promise<ReadWorkbook> {
  const { bytes, fileName } = await exported(app, who, url);
  return readSpreadsheet(bytes, fileName);
}

/** The index of the column whose bilingual header has this English half. */
export function columnIndex(sheet: ReadSheet, english: string): number {
  const index = sheet.header.findIndex((h) => h.split(' / ')[1]?.trim() === english);
  if (index < 0) throw new Error(`no column "${english}" in ${sheet.name}: ${sheet.header.join(' | ')}`);
  return index;
}

/** Every cell of one column, by its English header half. */
export function columnValues(sheet: ReadSheet, english: string): unknown[] {
  const index = columnIndex(sheet, english);
  return sheet.rows.map((r) => r.cells[index] ?? null);
}

/** The raw cells of an XLSX sheet as exceljs sees them: the cell types the writer chose. */
export async function xlsxCells(bytes: Buffer, sheetIndex = 0): Promise<ExcelJS.Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[sheetIndex];
  if (!sheet) throw new Error(`no sheet ${sheetIndex}`);
  const rows: ExcelJS.Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: ExcelJS.Cell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c));
    rows.push(cells);
  });
  return rows;
}

/** A CSV export as text lines (BOM dropped), to see exactly what a spreadsheet program would read. */
export function csvText(bytes: Buffer): string {
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** POST /imports and wait for the outcome: a whole city's reports take longer than the import fixture waits. */
export async function importAndWait(
  app: FastifyInstance,
  who: LoggedIn,
  kind: string,
  bytes: Buffer,
  fileName: string,
) {
  const started = await app.inject({
    method: 'POST',
    url: `/api/v1/imports?kind=${kind}`,
    headers: {
      cookie: who.cookie,
      'x-csrf-token': who.csrfToken,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'x-file-name': encodeURIComponent(fileName),
    },
    payload: bytes,
  });
  if (started.statusCode !== 202) throw new Error(`import ${kind}: ${started.statusCode} ${started.body}`);
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const res = await call(app, who, 'GET', `/imports/${started.json().id}`);
    const dto = res.json() as { status: string; errors: unknown[] };
    if (dto.status !== 'running') return dto;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`import ${kind} still running after 5 minutes`);
}
