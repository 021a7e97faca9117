import { readCsv } from './csv.reader.ts';
import { type ReadWorkbook, SpreadsheetError } from './spreadsheet.types.ts';
import { readXlsx } from './xlsx.reader.ts';
import type { ZipLimits } from './zip-guard.ts';

type Sniffed = 'zip' | 'xls' | 'pdf' | 'html' | 'xml' | 'utf16' | 'binary' | 'text';

/**
 * Reads an uploaded spreadsheet, judged by its content, never its name: a ZIP is read as XLSX, plain
 * text as CSV, anything else is refused with a message saying what the file really is.
 */
export async function readSpreadsheet(
  bytes: Buffer,
  fileName: string,
  limits?: Partial<ZipLimits>,
): Promise<ReadWorkbook> {
  if (bytes.length === 0) throw new SpreadsheetError('empty', 'the file is empty');
  const kind = sniffContent(bytes);
  if (kind === 'zip') return readXlsx(bytes, limits);
  if (kind === 'text') return readCsv(bytes);
  throw new SpreadsheetError('unsupported-type', refusalMessage(kind, fileName));
}

export function sniffContent(bytes: Buffer): Sniffed {
  const starts = (hex: string) => bytes.subarray(0, hex.length / 2).equals(Buffer.from(hex, 'hex'));
  if (starts('504b0304') || starts('504b0506')) return 'zip';
  if (starts('d0cf11e0a1b11ae1')) return 'xls';
  if (starts('255044462d')) return 'pdf';
  if (starts('fffe') || starts('feff')) return 'utf16';
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return 'binary';
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<!doctype html|^<html|^<head|^<body|^<table|^<meta/.test(text)) return 'html';
  if (text.startsWith('<?xml') || text.startsWith('<')) return /<html[\s>]/.test(text) ? 'html' : 'xml';
  return 'text';
}

function refusalMessage(kind: Exclude<Sniffed, 'zip' | 'text'>, fileName: string): string {
  const named = fileName ? `"${fileName}"` : 'the file';
  const saveAs = 'open it in Excel or WPS and save it as .xlsx or .csv (UTF-8)';
  switch (kind) {
    case 'xls':
      return `${named} is an old-style .xls workbook, which is not accepted: ${saveAs}`;
    case 'pdf':
      return `${named} is a PDF document, not a spreadsheet: upload the .xlsx or .csv file instead`;
    case 'html':
      return `${named} is an HTML page, not a spreadsheet (some systems export web tables this way): ${saveAs}`;
    case 'xml':
      return `${named} is an XML document, not a spreadsheet: ${saveAs}`;
    case 'utf16':
      return `${named} is UTF-16 "Unicode text", which is not accepted: save it as "CSV UTF-8" or .xlsx`;
    case 'binary':
      return `${named} is not a spreadsheet (it holds binary data): upload an .xlsx or .csv file`;
  }
}
