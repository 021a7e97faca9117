import { beforeAll, describe, expect, it } from 'vitest';
import { measured } from './measure.fixture.ts';
import { readSpreadsheet } from './spreadsheet.reader.ts';
import { MAX_ROWS_PER_SHEET, SpreadsheetError } from './spreadsheet.types.ts';
import {
  buildZip,
  deflatedEntry,
  exceljsWorkbook,
  inflatingEntry,
  minimalXlsx,
  type RawEntry,
  SHEET_PREFIX,
  SHEET_SUFFIX,
} from './test-files.fixture.ts';
import { guardZip } from './zip-guard.ts';

const MB = 1024 * 1024;

/** Reads the file and expects a refusal with this problem: fast, and without buffering what it unpacks. */
async function expectRefused(bytes: Buffer, problem: string, fileName = 'upload.xlsx') {
  const run = await measured(() => readSpreadsheet(bytes, fileName));
  console.info(`${problem}: ${run.ms.toFixed(0)} ms, rss +${run.rssMb} MB, buffers +${run.buffersMb} MB`);
  expect(run.outcome).toBeInstanceOf(SpreadsheetError);
  expect((run.outcome as SpreadsheetError).problem).toBe(problem);
  expect(run.ms).toBeLessThan(2000);
  expect(run.rssMb).toBeLessThan(50);
  expect(run.buffersMb).toBeLessThan(50);
  return run.outcome as SpreadsheetError;
}

describe('zip guard', () => {
  let bomb: RawEntry;

  beforeAll(async () => {
    // A sheet of 210 MB of whitespace: about 200 KB once deflated.
    bomb = await inflatingEntry('xl/worksheets/sheet1.xml', 210 * MB, SHEET_PREFIX, SHEET_SUFFIX);
  });

  it('accepts a small valid workbook', async () => {
    const xlsx = minimalXlsx(deflatedEntry('xl/worksheets/sheet1.xml', `${SHEET_PREFIX}${SHEET_SUFFIX}`));
    await expect(guardZip(xlsx)).resolves.toBeUndefined();
  });

  it('refuses a zip bomb whose sheet XML inflates to more than 200 MB', async () => {
    const xlsx = minimalXlsx(bomb);
    expect(xlsx.length).toBeLessThan(MB);
    const err = await expectRefused(xlsx, 'zip-bomb');
    expect(err.message).toMatch(/zip bomb/);
  });

  it('refuses a lying directory that claims tiny sizes, by the real inflated count', async () => {
    const xlsx = minimalXlsx({ ...bomb, declaredSize: 2000 });
    const err = await expectRefused(xlsx, 'zip-bomb');
    expect(err.message).toMatch(/more bytes than its directory declares/);
  });

  it('counts real bytes against the total cap even when the directory is honest and ratios are allowed', async () => {
    const parts = await Promise.all([1, 2, 3].map((n) => inflatingEntry(`xl/part${n}.xml`, 2 * MB)));
    const run = await measured(() =>
      guardZip(buildZip(parts), { maxTotalBytes: 5 * MB, maxRatio: Infinity }),
    );
    expect(run.outcome).toMatchObject({
      problem: 'zip-bomb',
      message: expect.stringMatching(/more than 5 MB/),
    });
  });

  it('refuses an entry above the per-entry cap, and a compression ratio above the cap', async () => {
    const part = await inflatingEntry('xl/big.xml', 3 * MB);
    await expect(
      guardZip(buildZip([part]), { maxEntryBytes: 2 * MB, maxRatio: Infinity }),
    ).rejects.toMatchObject({
      problem: 'zip-bomb',
    });
    await expect(guardZip(buildZip([part]))).rejects.toMatchObject({
      problem: 'zip-bomb',
      message: expect.stringMatching(/200:1/),
    });
  });

  it('inflates a 150 MB sheet as a stream, counting it without holding it', async () => {
    const sheet = await inflatingEntry('xl/worksheets/sheet1.xml', 150 * MB, SHEET_PREFIX, SHEET_SUFFIX);
    const run = await measured(() =>
      guardZip(minimalXlsx(sheet), { maxRatio: Infinity, maxEntryBytes: 200 * MB }),
    );
    console.info(
      `150 MB accepted: ${run.ms.toFixed(0)} ms, rss +${run.rssMb} MB, buffers +${run.buffersMb} MB`,
    );
    expect(run.outcome).toBeUndefined();
    expect(run.rssMb).toBeLessThan(50);
    expect(run.buffersMb).toBeLessThan(50);
  });

  it('refuses too many entries', async () => {
    const entries = Array.from({ length: 21 }, (_, i) => deflatedEntry(`xl/part${i}.xml`, '<a/>'));
    await expect(guardZip(buildZip(entries), { maxEntries: 20 })).rejects.toMatchObject({
      problem: 'zip-bomb',
    });
  });

  it.each([
    '../evil.xml',
    'xl/../../evil.xml',
    '/etc/passwd',
    'C:/Windows/evil.xml',
    'xl\\worksheets\\sheet1.xml',
  ])('refuses the path trick %s', async (name) => {
    const xlsx = buildZip([deflatedEntry('[Content_Types].xml', '<Types/>'), deflatedEntry(name, '<a/>')]);
    await expectRefused(xlsx, 'unsafe-path');
  });

  it('refuses a truncated workbook as corrupt', async () => {
    const whole = await exceljsWorkbook((ws) => {
      for (let i = 0; i < 200; i++) ws.addRow([i, `row ${i}`]);
    });
    const err = await expectRefused(whole.subarray(0, Math.floor(whole.length / 2)), 'corrupt');
    expect(err.message).toMatch(/damaged or truncated/);
  });

  it('refuses malformed XML inside a valid zip as corrupt', async () => {
    const broken = `${SHEET_PREFIX}<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></row>${SHEET_SUFFIX}`;
    const err = await expectRefused(
      minimalXlsx(deflatedEntry('xl/worksheets/sheet1.xml', broken)),
      'corrupt',
    );
    expect(err.message).toMatch(/not a valid workbook/);
  });

  it(`refuses a sheet of more than ${MAX_ROWS_PER_SHEET.toLocaleString('en')} rows`, async () => {
    const rowsXml = Array.from(
      { length: MAX_ROWS_PER_SHEET + 1 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`,
    );
    const xlsx = minimalXlsx(
      deflatedEntry('xl/worksheets/sheet1.xml', `${SHEET_PREFIX}${rowsXml.join('')}${SHEET_SUFFIX}`),
    );
    // Counted while the guard inflates the sheet: refused before exceljs builds a single row.
    const err = await expectRefused(xlsx, 'too-many-rows');
    expect(err.message).toMatch(/more than 200,000 rows/);
  });

  it('refuses a ZIP that is not a workbook (a .docx) as unsupported-type', async () => {
    const docx = buildZip([
      deflatedEntry('[Content_Types].xml', '<Types/>'),
      deflatedEntry('word/document.xml', '<w/>'),
    ]);
    const err = await expectRefused(docx, 'unsupported-type', 'letter.xlsx');
    expect(err.message).toMatch(/not an Excel workbook/);
  });

  it('refuses garbage behind ZIP magic as corrupt', async () => {
    await expectRefused(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(4000, 7)]), 'corrupt');
  });
});
