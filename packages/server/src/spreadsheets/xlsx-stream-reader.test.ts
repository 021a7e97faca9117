import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { readSpreadsheet } from './spreadsheet.reader.ts';
import { SpreadsheetError } from './spreadsheet.types.ts';
import { buildZip, deflatedEntry, exceljsWorkbook } from './test-files.fixture.ts';

type Part = { name: string; data: Buffer };

/** The parts of a ZIP, inflated, so a test can edit them and store them in another order. */
function unzip(bytes: Buffer): Promise<Part[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const parts: Part[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            parts.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(parts));
      zip.readEntry();
    });
  });
}

const rezip = (parts: Part[]) => buildZip(parts.map((part) => deflatedEntry(part.name, part.data)));

function edit(parts: Part[], name: string, change: (xml: string) => string): void {
  const part = parts.find((p) => p.name === name);
  if (!part) throw new Error(`no part ${name}`);
  part.data = Buffer.from(change(part.data.toString('utf8')));
}

async function threeSheets(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('企业 Enterprises').addRows([['名称'], ['绿岸软件']]);
  workbook.addWorksheet('lists', { state: 'veryHidden' }).addRow(['ITO']);
  const notes = workbook.addWorksheet('说明 Notes', { state: 'hidden' });
  notes.addRows([['a', 'date'], [{ formula: 'DATE(2024,1,2)', result: new Date(Date.UTC(2024, 0, 2)) }]]);
  notes.getCell('A2').numFmt = 'yyyy"年"m"月"d"日"';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('XLSX streaming reader', () => {
  it('keeps CJK text whole where the inflated XML splits a character between two chunks', async () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `华辉数字科技（南昌）有限公司 ${i}`);
    const bytes = await exceljsWorkbook((ws) => {
      ws.addRow(['名称']);
      for (const name of names) ws.addRow([name, { richText: [{ text: `赣江${name}` }] }]);
    });
    const [sheet] = (await readSpreadsheet(bytes, 'names.xlsx')).sheets;
    expect(sheet?.rows.map((row) => row.cells[0])).toEqual(names);
    expect(sheet?.rows.map((row) => row.cells[1])).toEqual(names.map((name) => `赣江${name}`));
  });

  it.each([
    ['as exceljs stores them (workbook.xml last)', (parts: Part[]) => parts],
    ['in reverse', (parts: Part[]) => [...parts].reverse()],
  ])('reads the parts stored %s: sheets in workbook order, very hidden skipped', async (_, order) => {
    const parts = await unzip(await threeSheets());
    // Sheets listed in another order than their part numbers, one by an absolute target.
    edit(parts, 'xl/workbook.xml', (xml) => {
      const sheets = xml.match(/<sheet [^>]*\/>/g) ?? [];
      return xml.replace(sheets.join(''), [...sheets].reverse().join(''));
    });
    edit(parts, 'xl/_rels/workbook.xml.rels', (xml) =>
      xml.replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/sheet1.xml"'),
    );
    const book = await readSpreadsheet(rezip(order(parts)), 'book.xlsx');
    expect(book.sheets).toEqual([
      { name: '说明 Notes', header: ['a', 'date'], rows: [{ rowNumber: 2, cells: ['2024-01-02', null] }] },
      { name: '企业 Enterprises', header: ['名称'], rows: [{ rowNumber: 2, cells: ['绿岸软件'] }] },
    ]);
  });

  it('leaves phonetic runs out of shared strings', async () => {
    const parts = await unzip(await threeSheets());
    edit(parts, 'xl/sharedStrings.xml', (xml) =>
      xml.replace('<si><t>名称</t></si>', '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>'),
    );
    const [sheet] = (await readSpreadsheet(rezip(parts), 'book.xlsx')).sheets;
    expect(sheet?.header).toEqual(['東京']);
  });

  it('refuses a sheet cut off before its closing tag as corrupt', async () => {
    const parts = await unzip(await threeSheets());
    edit(parts, 'xl/worksheets/sheet1.xml', (xml) => xml.slice(0, xml.indexOf('</sheetData>')));
    const err = await readSpreadsheet(rezip(parts), 'cut.xlsx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SpreadsheetError);
    expect((err as SpreadsheetError).problem).toBe('corrupt');
  });
});
