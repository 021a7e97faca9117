import type { Lang } from '../spreadsheets/spreadsheet.types.ts';
import { writeXlsx } from '../spreadsheets/xlsx.writer.ts';
import { col } from './exchange-codes.ts';
import type { RowError } from './exchange-column.ts';

const COLUMNS = [
  col('row', ['行', 'Row'], 'integer'),
  col('sheet', ['工作表', 'Sheet'], 'text'),
  col('column', ['列', 'Column'], 'text'),
  col('value', ['值', 'Value'], 'text'),
  col('message', ['问题', 'Problem'], 'text'),
];

/** An import's row report, one problem a row, in file order. */
export function errorsXlsx(errors: readonly RowError[], lang: Lang): Promise<Buffer> {
  const rows = errors.map((e) => [e.row, e.sheet, e.column, e.value, e.message]);
  return writeXlsx([{ name: lang === 'en' ? 'Errors' : '问题 Errors', columns: COLUMNS, rows }], { lang });
}
