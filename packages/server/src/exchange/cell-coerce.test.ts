import { describe, expect, test } from 'vitest';
import { CellProblem, coerceCell } from './cell-coerce.ts';
import { col } from './exchange-codes.ts';

const decimal = col('amount', ['金额', 'Amount'], 'decimal');
const numeric = col('kwh', ['用电量', 'Electricity'], 'decimal', { numeric: true });
const date = col('on', ['日期', 'Date'], 'date');
const flag = col('tase', ['技术先进', 'TASE'], 'boolean');
const code = col('country', ['国家', 'Country'], 'code', { codes: ['JP', 'CN'] });
const problem = (v: unknown) => (v instanceof CellProblem ? v.message : v);

describe('coerceCell', () => {
  test('numbers from CSV text: thousands separators, full-width digits; exact text unless the API takes numbers', () => {
    expect(coerceCell(decimal, '1,234.50')).toBe('1234.50');
    expect(coerceCell(decimal, ' １２３ ')).toBe('123');
    expect(coerceCell(decimal, 1e21)).toBe('1000000000000000000000');
    expect(coerceCell(numeric, '1,234.5')).toBe(1234.5);
    expect(problem(coerceCell(decimal, 'abc'))).toBe('must be a number');
    expect(problem(coerceCell(decimal, true))).toBe('must be a number');
  });

  test('dates from ISO text, slashes or an Excel serial number', () => {
    expect(coerceCell(date, '2025-04-01')).toBe('2025-04-01');
    expect(coerceCell(date, '2025/4/1')).toBe('2025-04-01');
    expect(coerceCell(date, 45748)).toBe('2025-04-01');
    expect(problem(coerceCell(date, 'next Tuesday'))).toBe('must be a date YYYY-MM-DD');
  });

  test('booleans in either language; codes matched case-insensitively; empty cells are absent', () => {
    for (const yes of ['是', 'yes', 'TRUE', '1', 1, true]) expect(coerceCell(flag, yes as never)).toBe(true);
    for (const no of ['否', 'No', 'false', '0', 0, false]) expect(coerceCell(flag, no as never)).toBe(false);
    expect(problem(coerceCell(flag, 'maybe'))).toBe('must be yes or no (是/否)');
    expect(coerceCell(code, ' jp ')).toBe('JP');
    expect(coerceCell(code, 'xx')).toBe('xx');
    expect(coerceCell(decimal, '  ')).toBeUndefined();
    expect(coerceCell(decimal, null)).toBeUndefined();
  });
});
