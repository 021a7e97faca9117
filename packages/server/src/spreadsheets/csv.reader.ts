import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { readText, SheetCollector } from './read-cells.ts';
import { MAX_ROWS_PER_SHEET, type ReadWorkbook, SpreadsheetError } from './spreadsheet.types.ts';

type CsvEncoding = NonNullable<ReadWorkbook['encoding']>;

/**
 * Reads a CSV file as one sheet named ''. Cells stay text (`string | null`): only the import layer knows
 * which columns are numbers and which are digit codes such as USCCs and district codes.
 */
export function readCsv(bytes: Buffer): ReadWorkbook {
  const { text, encoding } = decodeCsv(bytes);
  const records = parseRecords(text);
  if (records.length > MAX_ROWS_PER_SHEET) {
    throw new SpreadsheetError(
      'too-many-rows',
      `the CSV file has ${records.length.toLocaleString('en')} rows; at most ${MAX_ROWS_PER_SHEET.toLocaleString('en')} are accepted: split it into smaller files`,
    );
  }
  const collector = new SheetCollector('');
  // Row numbers are record numbers, as a spreadsheet program shows them (a quoted line break stays in its row).
  records.forEach((record, index) => {
    collector.add(index + 1, record.map(readText));
  });
  return { format: 'csv', encoding, sheets: [collector.sheet()] };
}

/** UTF-8 with or without BOM when the bytes are valid UTF-8; otherwise the GBK family Excel writes in China. */
export function decodeCsv(bytes: Buffer): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.toString('utf8', 3), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // GB18030 decodes every GBK (and GB2312) byte sequence and more.
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gbk' };
  }
}

function parseRecords(text: string): string[][] {
  try {
    return parse(text, {
      delimiter: guessDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      // Empty lines still count, so record numbers match the rows a spreadsheet program shows.
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
  } catch (err) {
    throw new SpreadsheetError(
      'corrupt',
      `the CSV file cannot be read: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

/** Comma unless the first line clearly uses semicolons (European Excel) or tabs. */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  const best = [',', ';', '\t'].sort((a, b) => count(b) - count(a))[0];
  return best && count(best) > 0 ? best : ',';
}
