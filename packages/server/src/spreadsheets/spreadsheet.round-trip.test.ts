import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeCsv } from './csv.writer.ts';
import { headerText } from './header-match.ts';
import { readSpreadsheet } from './spreadsheet.reader.ts';
import type { ColumnSpec, TableSheet } from './spreadsheet.types.ts';
import { writeXlsx } from './xlsx.writer.ts';

const SERVICES = ['ITO', 'BPO', 'KPO'];
const columns: ColumnSpec[] = [
  { key: 'uscc', header: { 'zh-CN': '统一社会信用代码', en: 'USCC' }, type: 'code', required: true },
  { key: 'name', header: { 'zh-CN': '企业名称', en: 'Name' }, type: 'text' },
  { key: 'district', header: { 'zh-CN': '区县代码', en: 'District code' }, type: 'code' },
  { key: 'employees', header: { 'zh-CN': '从业人数', en: 'Employees' }, type: 'integer' },
  { key: 'amount', header: { 'zh-CN': '金额（元）', en: 'Amount (CNY)' }, type: 'money' },
  { key: 'rate', header: { 'zh-CN': '汇率', en: 'Rate to CNY' }, type: 'decimal' },
  { key: 'signedOn', header: { 'zh-CN': '签订日期', en: 'Signed on' }, type: 'date' },
  { key: 'offshore', header: { 'zh-CN': '离岸', en: 'Offshore' }, type: 'boolean' },
  { key: 'service', header: { 'zh-CN': '服务代码', en: 'Service code' }, type: 'code', codes: SERVICES },
];
const rows = [
  ['91360100MA35ABCD1X', '绿岸软件有限公司', '360113', 1200, 1234567.89, 7.1234, '2025-03-31', true, 'ITO'],
  [
    '91360100MA35ABCD2Y',
    'Greenshore "Data" Ltd, Nanchang',
    '036011',
    0,
    -5,
    0.000123,
    '2024-12-01',
    false,
    'BPO',
  ],
  ['91360100MA35ABCD3Z', '多行\n名称', null, null, null, null, null, null, null],
];
const sheet: TableSheet = { name: '企业 Enterprises', columns, rows };

describe('spreadsheet round trip', () => {
  it('XLSX: what the writer writes the reader reads back exactly, types included', async () => {
    const book = await readSpreadsheet(await writeXlsx([sheet], { lang: 'zh-CN' }), 'export.xlsx');
    expect(book.format).toBe('xlsx');
    expect(book.sheets.map((s) => s.name)).toEqual(['企业 Enterprises']);
    const [read] = book.sheets;
    expect(read?.header).toEqual(columns.map(headerText));
    expect(read?.header[0]).toBe('统一社会信用代码 / USCC');
    expect(read?.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4]);
    expect(read?.rows.map((r) => r.cells)).toEqual(rows);
  });

  it('CSV: UTF-8 with BOM and CRLF, read back as text cells of the same values', async () => {
    const bytes = writeCsv(sheet, { lang: 'en' });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('统一社会信用代码 / USCC,企业名称 / Name,');
    expect(bytes.toString('utf8').split('\r\n')).toHaveLength(5);
    const book = await readSpreadsheet(bytes, 'export.csv');
    expect(book).toMatchObject({ format: 'csv', encoding: 'utf-8-bom' });
    const [read] = book.sheets;
    expect(read?.name).toBe('');
    expect(read?.header).toEqual(columns.map(headerText));
    const asText = rows.map((row) =>
      row.map((cell) =>
        cell === null ? null : typeof cell === 'boolean' ? String(cell).toUpperCase() : String(cell),
      ),
    );
    expect(read?.rows.map((r) => r.cells)).toEqual(asText);
  });

  it('XLSX: header bold, frozen and filtered, numbers formatted, codes as text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx([sheet], { lang: 'en' })) as unknown as ExcelJS.Buffer);
    const ws = workbook.getWorksheet('企业 Enterprises');
    expect(ws?.getCell('A1').font?.bold).toBe(true);
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws?.autoFilter).toBeTruthy();
    expect(ws?.getCell('D2').type).toBe(ExcelJS.ValueType.Number);
    expect(ws?.getCell('D2').numFmt).toBe('#,##0');
    expect(ws?.getCell('E2').numFmt).toBe('#,##0.00');
    expect(ws?.getCell('C3').type).toBe(ExcelJS.ValueType.String);
    expect(ws?.getCell('C3').value).toBe('036011');
    expect(ws?.getCell('H2').type).toBe(ExcelJS.ValueType.Boolean);
    expect(ws?.getColumn(2).width).toBeGreaterThanOrEqual(18);
  });

  it('templates get drop-down lists: inline when short, from a very hidden lists sheet when long', async () => {
    const many = Array.from({ length: 80 }, (_, i) => `CODE${String(i).padStart(3, '0')}`);
    const template: TableSheet = {
      name: 'Contracts',
      columns: [columns[8] as ColumnSpec, { ...(columns[0] as ColumnSpec), key: 'country', codes: many }],
      rows: [],
    };
    const notes: TableSheet = {
      name: '说明 Notes',
      columns: [columns[1] as ColumnSpec],
      rows: [['USCC: 18 characters']],
    };
    const bytes = await writeXlsx([template], { lang: 'zh-CN', notes });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = workbook.getWorksheet('Contracts');
    expect(ws?.getCell('A2').dataValidation).toMatchObject({ type: 'list', formulae: ['"ITO,BPO,KPO"'] });
    expect(ws?.getCell('A1000').dataValidation?.type).toBe('list');
    expect(ws?.getCell('B500').dataValidation?.formulae).toEqual(['lists!$A$1:$A$80']);
    expect(workbook.getWorksheet('lists')?.state).toBe('veryHidden');
    expect(workbook.getWorksheet('lists')?.getCell('A80').value).toBe('CODE079');
    const read = await readSpreadsheet(bytes, 'template.xlsx');
    expect(read.sheets.map((s) => [s.name, s.rows.length])).toEqual([
      ['Contracts', 0],
      ['说明 Notes', 1],
    ]);
  });
});
