import { stringify } from 'csv-stringify/sync';
import { headerText } from './header-match.ts';
import { outputCell } from './neutralise-formula.ts';
import type { Lang, TableSheet } from './spreadsheet.types.ts';

const UTF8_BOM = '\uFEFF';

/**
 * One sheet as CSV: UTF-8 with BOM (so Excel in China opens it as UTF-8, not GBK), CRLF, the bilingual
 * header row, formula-looking text neutralised. The header is bilingual whatever `lang` is.
 */
export function writeCsv(sheet: TableSheet, _options: { lang: Lang }): Buffer {
  const records = [
    sheet.columns.map(headerText),
    ...sheet.rows.map((row) => sheet.columns.map((col, i) => csvText(outputCell(row[i], col.type)))),
  ];
  return Buffer.from(UTF8_BOM + stringify(records, { record_delimiter: 'windows' }), 'utf8');
}

function csvText(value: ReturnType<typeof outputCell>): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
