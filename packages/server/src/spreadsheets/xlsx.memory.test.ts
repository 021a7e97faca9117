import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { largeXlsx, largeXlsxRow } from './large-xlsx.fixture.ts';
import { measured } from './measure.fixture.ts';
import { readSpreadsheet } from './spreadsheet.reader.ts';
import type { ReadWorkbook } from './spreadsheet.types.ts';

const ROWS = 100_000;
const MB = 1024 * 1024;
/**
 * Peak RSS growth measured on this file after a GC: exceljs's whole-workbook loader 340-480 MB, the
 * streaming reader 70-155 MB (most of it the 100,000 rows read, which the reader returns). The bound
 * sits between the two with room for a busy machine.
 */
const RSS_BOUND_MB = 250;

describe('XLSX reader memory', () => {
  let bytes: Buffer;

  beforeAll(async () => {
    bytes = await largeXlsx(ROWS);
    // measured() collects garbage before its baseline when it can: without it the baseline is noise.
    v8.setFlagsFromString('--expose-gc');
    (globalThis as { gc?: () => void }).gc ??= runInNewContext('gc');
  }, 60_000);

  it(`reads a ${ROWS.toLocaleString('en')}-row × 8-column XLSX within ${RSS_BOUND_MB} MB of RSS growth`, async () => {
    const run = await measured(() => readSpreadsheet(bytes, 'contracts.xlsx'));
    console.info(
      `${ROWS.toLocaleString('en')}-row XLSX (${(bytes.length / MB).toFixed(1)} MB): ${run.ms.toFixed(0)} ms, rss +${run.rssMb} MB, buffers +${run.buffersMb} MB`,
    );
    expect(run.outcome).not.toBeInstanceOf(Error);
    const [sheet] = (run.outcome as ReadWorkbook).sheets;
    expect(sheet?.header).toEqual([
      'USCC',
      'Client',
      'Signed on',
      'Amount',
      'Staff',
      'Service',
      'Country',
      'Offshore',
    ]);
    expect(sheet?.rows).toHaveLength(ROWS);
    expect(sheet?.rows[ROWS - 1]).toEqual({ rowNumber: ROWS + 1, cells: largeXlsxRow(ROWS - 1) });
    expect(run.rssMb).toBeLessThan(RSS_BOUND_MB);
  }, 30_000);
});
