import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from './spreadsheet.reader.ts';
import { MAX_ROWS_PER_SHEET, SpreadsheetError } from './spreadsheet.types.ts';
import { exceljsWorkbook } from './test-files.fixture.ts';

const CSV =
  '统一社会信用代码 / USCC,企业名称 / Name,区县代码\r\n91360100MA35ABCD1X, 绿岸软件 ,0360113\r\n,,\r\n\r\nX,"a, b",\r\n';
const expected = {
  header: ['统一社会信用代码 / USCC', '企业名称 / Name', '区县代码'],
  rows: [
    { rowNumber: 2, cells: ['91360100MA35ABCD1X', '绿岸软件', '0360113'] },
    { rowNumber: 5, cells: ['X', 'a, b', null] },
  ],
};

async function problemOf(bytes: Buffer, fileName: string): Promise<string> {
  const err = await readSpreadsheet(bytes, fileName).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(SpreadsheetError);
  return `${(err as SpreadsheetError).problem}: ${(err as SpreadsheetError).message}`;
}

describe('readSpreadsheet', () => {
  it.each([
    ['utf-8', Buffer.from(CSV, 'utf8')],
    ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')])],
    ['gbk', iconv.encode(CSV, 'gbk')],
  ])(
    'reads %s CSV: text cells trimmed, codes kept as digit strings, empty rows skipped',
    async (encoding, bytes) => {
      const book = await readSpreadsheet(bytes, 'data.xlsx');
      expect(book).toMatchObject({ format: 'csv', encoding });
      expect(book.sheets).toEqual([{ name: '', ...expected }]);
    },
  );

  it('reads semicolon-separated CSV as European Excel writes it', async () => {
    const book = await readSpreadsheet(Buffer.from('a;b\r\n1,5;2\r\n'), 'eu.csv');
    expect(book.sheets[0]?.rows[0]?.cells).toEqual(['1,5', '2']);
  });

  it('normalises exceljs cell objects: dates, rich text, hyperlinks, formulas, errors', async () => {
    const bytes = await exceljsWorkbook((ws) => {
      ws.addRow(['date', 'rich', 'link', 'formula', 'error', 'number', 'blank']);
      ws.addRow([]);
      ws.addRow([
        new Date(Date.UTC(2025, 2, 31)),
        { richText: [{ text: ' 绿岸' }, { text: '软件 ', font: { bold: true } }] },
        { text: 'site', hyperlink: 'https://example.com' },
        { formula: 'F4*2', result: 84 },
        { error: '#N/A' },
        42,
        '   ',
      ]);
    });
    const [sheet] = (await readSpreadsheet(bytes, 'book.xlsx')).sheets;
    expect(sheet?.rows).toEqual([
      { rowNumber: 3, cells: ['2025-03-31', '绿岸软件', 'site', 84, '#N/A', 42, null] },
    ]);
  });

  it('judges the content, not the name', async () => {
    const csv = await readSpreadsheet(Buffer.from('a,b\r\n1,2\r\n'), 'renamed.xlsx');
    expect(csv.format).toBe('csv');
    const xlsx = await readSpreadsheet(await exceljsWorkbook((ws) => ws.addRow(['a'])), 'renamed.csv');
    expect(xlsx.format).toBe('xlsx');
  });

  it.each([
    [
      '<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>',
      'report.xlsx',
      /HTML page/,
    ],
    ['\uFEFF  <html lang="zh"><table></table></html>', 'export.xls', /HTML page/],
    [
      '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>',
      'x.xml',
      /XML document/,
    ],
    ['%PDF-1.7\n%âãÏÓ\n1 0 obj', 'scan.xlsx', /PDF document/],
  ])('refuses %j as unsupported-type', async (content, fileName, message) => {
    const found = await problemOf(Buffer.from(content, 'utf8'), fileName);
    expect(found).toMatch(/^unsupported-type: /);
    expect(found).toMatch(message);
    expect(found).toContain(fileName);
  });

  it('refuses old .xls, UTF-16 text, binary data and empty files', async () => {
    expect(await problemOf(Buffer.from('d0cf11e0a1b11ae10000', 'hex'), 'a.xls')).toMatch(
      /^unsupported-type: .*\.xls workbook/,
    );
    expect(await problemOf(Buffer.from('\uFEFFa,b', 'utf16le'), 'u.csv')).toMatch(
      /^unsupported-type: .*UTF-16/,
    );
    expect(await problemOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'p.csv')).toMatch(/binary/);
    expect(await problemOf(Buffer.alloc(0), 'e.csv')).toBe('empty: the file is empty');
  });

  it(`refuses a CSV of more than ${MAX_ROWS_PER_SHEET.toLocaleString('en')} rows`, async () => {
    const bytes = Buffer.from(`h\n${'1\n'.repeat(MAX_ROWS_PER_SHEET)}`);
    expect(await problemOf(bytes, 'big.csv')).toMatch(/^too-many-rows: .*split it/);
  });

  it('reads a 100,000-row CSV quickly', async () => {
    const line = '91360100MA35ABCD1X,2025-01-01,2025-03-31,绿岸软件有限公司,1234.56,7.1,3.5\r\n';
    const bytes = Buffer.from(`USCC,a,b,c,d,e,f\r\n${line.repeat(100_000)}`);
    const started = performance.now();
    const book = await readSpreadsheet(bytes, 'bench.csv');
    const ms = performance.now() - started;
    console.info(`100,000-row CSV (${(bytes.length / 1024 / 1024).toFixed(1)} MB): ${ms.toFixed(0)} ms`);
    expect(book.sheets[0]?.rows).toHaveLength(100_000);
    expect(book.sheets[0]?.rows[99_999]?.rowNumber).toBe(100_001);
    expect(ms).toBeLessThan(3000);
  });
});
