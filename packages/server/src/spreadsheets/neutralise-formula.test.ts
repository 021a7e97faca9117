import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeCsv } from './csv.writer.ts';
import { readSpreadsheet } from './spreadsheet.reader.ts';
import type { TableSheet } from './spreadsheet.types.ts';
import { writeXlsx } from './xlsx.writer.ts';

const ATTACKS = ["=cmd|' /C calc'!A0", '+1', '-1+1', '@SUM(A1:A9)', '\tx', '\r=1+1'];
const sheet: TableSheet = {
  name: 'Data',
  columns: [
    { key: 'note', header: { 'zh-CN': '备注', en: 'Note' }, type: 'text' },
    { key: 'amount', header: { 'zh-CN': '金额', en: 'Amount' }, type: 'money' },
    { key: 'rate', header: { 'zh-CN': '比率', en: 'Rate' }, type: 'decimal' },
  ],
  rows: ATTACKS.map((text) => [text, -5, '-12.5']),
};

describe('formula injection', () => {
  it('XLSX: attack texts become plain string cells starting with an apostrophe, never formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx([sheet], { lang: 'en' })) as unknown as ExcelJS.Buffer);
    const ws = workbook.getWorksheet('Data');
    ATTACKS.forEach((text, i) => {
      const cell = ws?.getCell(i + 2, 1);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.formula).toBeUndefined();
      // XML reads a CR back as LF; the apostrophe is what matters.
      expect(cell?.value).toBe(`'${text.replace('\r', '\n')}`);
      expect(ws?.getCell(i + 2, 2).type).toBe(ExcelJS.ValueType.Number);
      expect(ws?.getCell(i + 2, 2).value).toBe(-5);
      // Numeric text in a numeric column was meant as a number: written as one.
      expect(ws?.getCell(i + 2, 3).value).toBe(-12.5);
    });
  });

  it('CSV: attack texts are prefixed with an apostrophe, genuine numbers stay bare', () => {
    const records = parse(writeCsv(sheet, { lang: 'en' }), { bom: true }) as string[][];
    expect(records.slice(1)).toEqual(ATTACKS.map((text) => [`'${text}`, '-5', '-12.5']));
  });

  it('reading a neutralised file gives the original text back', async () => {
    for (const bytes of [await writeXlsx([sheet], { lang: 'en' }), writeCsv(sheet, { lang: 'en' })]) {
      const [read] = (await readSpreadsheet(bytes, 'x')).sheets;
      // Readers trim, so the tab and CR attacks come back without their leading whitespace.
      expect(read?.rows.map((r) => r.cells[0])).toEqual(ATTACKS.map((text) => text.trim()));
    }
  });
});
