import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import { partsInReadingOrder } from './xlsx-part-order.ts';

/** Styles are cached because a date is a number cell whose number format is a date format. */
const READER_OPTIONS = {
  sharedStrings: 'cache',
  styles: 'cache',
  hyperlinks: 'ignore',
  worksheets: 'emit',
  entries: 'emit',
} as const;

// Parts of exceljs 4.4.0 that its types do not export: the loader's shared-strings parser and date helpers.
const require = createRequire(import.meta.url);
const SharedStringsXform = require('exceljs/lib/xlsx/xform/strings/shared-strings-xform.js') as new () => {
  parseStream(chunks: AsyncIterable<string>): Promise<unknown>;
  values: unknown[];
};
/** Iterates a ZIP entry without destroying it when the parser stops early: exceljs drains it after. */
const iterateStream = require('exceljs/lib/utils/iterate-stream.js') as (
  stream: Readable,
) => AsyncIterable<string>;
const excelUtils = require('exceljs/lib/utils/utils.js') as {
  isDateFmt(format: string | undefined): boolean;
  excelToDate(serial: number, date1904: boolean | undefined): Date;
};

/** The state and steps of exceljs's streaming reader this module relies on; exceljs does not type them. */
interface ReaderInternals {
  model?: { sheets?: { name: string; state?: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  properties?: { model?: { date1904?: boolean } };
  sharedStrings?: unknown[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(chunks: AsyncIterable<Buffer | string>, partNumber: string): Generator<unknown>;
}

/** A sheet workbook.xml lists, in its order there, and the reader of its rows. */
export interface StreamedSheet {
  order: number;
  name: string;
  state?: string;
  rows: ExcelJS.stream.xlsx.WorksheetReader;
  /** A formula's cached result shown with a date format is a date, as exceljs's loader reads it. */
  dateResult(cell: ExcelJS.Cell): Date | undefined;
}

/**
 * The sheets of an XLSX as exceljs's streaming reader reads them, one row at a time, with what its
 * whole-workbook loader does and the streaming reader does not: UTF-8 decoded across chunk boundaries
 * (it decodes each chunk alone, breaking a CJK character split between two), phonetic runs left out of
 * shared strings, sheet names for absolute targets, dates of formula results, a cut-off sheet an error.
 */
export async function* streamedSheets(bytes: Buffer): AsyncGenerator<StreamedSheet> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    Readable.from(await partsInReadingOrder(bytes)),
    READER_OPTIONS,
  );
  const internals = reader as unknown as ReaderInternals;
  let partNumber = '';
  patchParts(internals, (part) => {
    partNumber = part;
  });
  const dateResult = (cell: ExcelJS.Cell) => {
    const value = cell.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
    if (!value || typeof value !== 'object' || typeof value.result !== 'number') return undefined;
    if (!('formula' in value || 'sharedFormula' in value) || !excelUtils.isDateFmt(cell.numFmt))
      return undefined;
    return excelUtils.excelToDate(value.result, internals.properties?.model?.date1904);
  };
  for await (const rows of reader) {
    const declared = declaredSheet(internals, partNumber);
    // As in exceljs's loader, a sheet part that workbook.xml does not list is no sheet.
    if (declared) yield { ...declared, rows, dateResult };
  }
}

function patchParts(internals: ReaderInternals, onSheetPart: (partNumber: string) => void): void {
  for (const step of ['_parseRels', '_parseWorkbook', '_parseStyles'] as const) {
    const parse = internals[step].bind(internals);
    internals[step] = (entry) => parse(entry.setEncoding('utf8'));
  }
  // Without a sharedStrings part exceljs would copy each sheet to a temporary file and read it last;
  // partsInReadingOrder puts the parts sheets depend on first, so there is nothing to wait for.
  internals.sharedStrings = [];
  internals._parseSharedStrings = async function* (entry) {
    const strings = new SharedStringsXform();
    await strings.parseStream(iterateStream(entry.setEncoding('utf8')));
    internals.sharedStrings = strings.values;
    yield* [];
  };
  const parseWorksheet = internals._parseWorksheet.bind(internals);
  internals._parseWorksheet = (chunks, partNumber) => {
    onSheetPart(partNumber);
    return parseWorksheet(wholeSheetText(chunks), partNumber);
  };
}

/** A sheet part's text, decoded across chunks; one that ends before its closing tag was cut off. */
async function* wholeSheetText(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let tail = '';
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    tail = (tail + text).slice(-64);
    yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
  tail += rest;
  if (!/<\/(\w+:)?worksheet>\s*$/.test(tail)) throw new Error('a worksheet ends before its closing tag');
}

/** The sheet workbook.xml lists for `xl/worksheets/sheet<n>.xml`, its target resolved as exceljs does. */
function declaredSheet(internals: ReaderInternals, partNumber: string) {
  const target = `worksheets/sheet${partNumber}.xml`;
  const rel = internals.workbookRels?.find((r) => r.Target.replace(/^(\s|\/xl\/)+/, '') === target);
  const sheets = internals.model?.sheets ?? [];
  const order = rel ? sheets.findIndex((sheet) => sheet.rId === rel.Id) : -1;
  const sheet = sheets[order];
  return sheet ? { order, name: sheet.name, state: sheet.state } : undefined;
}
