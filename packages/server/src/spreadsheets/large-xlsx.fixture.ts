import { Worker } from 'node:worker_threads';

/**
 * Writes a `rows` × 8-column contracts-like XLSX as Excel stores one (shared strings, date-formatted date
 * cells, numbers, booleans) with exceljs's streaming writer, in a worker thread: the writer's garbage
 * stays in the worker's heap, so a memory measurement in this thread starts from a clean level.
 * The worker runs plain CommonJS source because test files are transformed and workers are not.
 */
export async function largeXlsx(rows: number): Promise<Buffer> {
  const worker = new Worker(writerSource(rows), { eval: true });
  try {
    const bytes = await new Promise<Uint8Array>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } finally {
    await worker.terminate();
  }
}

/** Row i of the file, as the reader answers it: the test checks the last one. */
export function largeXlsxRow(i: number): (string | number | boolean)[] {
  const signedOn = `${2022 + (i % 4)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  return [
    `91360100MA${String(i).padStart(8, '0')}`,
    `客户 Client ${i}`,
    signedOn,
    10_000 + ((i * 7919) % 5_000_000) / 100,
    i % 500,
    ['ITO-01', 'ITO-02', 'BPO-01', 'KPO-04'][i % 4] as string,
    ['JP', 'US', 'HK', 'CN', 'DE'][i % 5] as string,
    i % 5 !== 3,
  ];
}

function writerSource(rows: number): string {
  return `
const { parentPort } = require('node:worker_threads');
const { PassThrough } = require('node:stream');
const ExcelJS = require('exceljs');
(async () => {
  const stream = new PassThrough();
  const chunks = [];
  stream.on('data', (chunk) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true });
  const ws = workbook.addWorksheet('Contracts');
  ws.addRow(['USCC', 'Client', 'Signed on', 'Amount', 'Staff', 'Service', 'Country', 'Offshore']).commit();
  for (let i = 0; i < ${rows}; i++) {
    const row = ws.addRow([
      '91360100MA' + String(i).padStart(8, '0'),
      '客户 Client ' + i,
      new Date(Date.UTC(2022 + (i % 4), i % 12, (i % 28) + 1)),
      10000 + ((i * 7919) % 5000000) / 100,
      i % 500,
      ['ITO-01', 'ITO-02', 'BPO-01', 'KPO-04'][i % 4],
      ['JP', 'US', 'HK', 'CN', 'DE'][i % 5],
      i % 5 !== 3,
    ]);
    row.getCell(3).numFmt = 'yyyy-mm-dd';
    row.commit();
  }
  ws.commit();
  await workbook.commit();
  parentPort.postMessage(Buffer.concat(chunks));
})();`;
}
