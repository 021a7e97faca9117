/**
 * A 100,000-row contracts CSV imported through the full pipeline (read, validate with the API's schemas,
 * one transaction of batched inserts, one audit entry), timed against raw better-sqlite3 inserts of the
 * same rows in one transaction with a prepared statement, in the same process. Peak RSS is sampled.
 * Then the same contracts as an XLSX file (typed cells, real dates), imported into a fresh database.
 * Run: npm run bench:import   (npx tsx --expose-gc bench/import.bench.ts)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { isOffshoreCountry, toCnyAmount, usccCheckCharacter } from '@greenshore/core';
import SqliteDriver from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { insertUser } from '../packages/server/src/auth/users.repository.ts';
import { type Database, openDatabase } from '../packages/server/src/db/dialect.ts';
import { migrateToLatest } from '../packages/server/src/db/migrate.ts';
import { CONTRACT_COLUMNS } from '../packages/server/src/exchange/contracts.columns.ts';
import { headerText } from '../packages/server/src/exchange/exchange-column.ts';
import { ImportService } from '../packages/server/src/exchange/import.service.ts';

const ROWS = 100_000;
const ENTERPRISES = 250;
const NOW = new Date('2026-03-01T08:00:00.000Z');
const CLIENTS: readonly (readonly [string, string, string, string])[] = [
  ['JP', 'JPY', '0.04704', 'Kansai Logistics K.K.'],
  ['US', 'USD', '7.1217', 'Hudson Analytics Inc.'],
  ['HK', 'HKD', '0.9118', 'Harbour Data Ltd'],
  ['CN', 'CNY', '1', '赣江数据有限公司'],
  ['DE', 'EUR', '7.8012', 'Rhein Software GmbH'],
];
const SERVICES = ['ITO-01', 'ITO-02', 'BPO-01', 'KPO-04'];

function uscc(n: number): string {
  const first17 = `91360100MA${String(n).padStart(7, '0')}`;
  return `${first17}${usccCheckCharacter(first17)}`;
}

interface BenchRow {
  enterprise: number;
  cells: string[];
}

/** Demo-like rows: each enterprise's own references C-<year>-<nnnn>, amounts in whole units. */
function* benchRows(): Generator<BenchRow> {
  for (let i = 0; i < ROWS; i++) {
    const enterprise = i % ENTERPRISES;
    const [country, currency, rate, client] = CLIENTS[i % CLIENTS.length] as (typeof CLIENTS)[number];
    const year = 2022 + (i % 4);
    const signedOn = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const amount = String(10_000 + ((i * 7919) % 5_000_000));
    const reference = `C-${year}-${String(Math.floor(i / ENTERPRISES)).padStart(5, '0')}`;
    const cells = [
      uscc(enterprise + 1),
      reference,
      client,
      country,
      SERVICES[i % 4] as string,
      signedOn,
      currency,
      amount,
      currency === 'CNY' ? '' : rate,
    ];
    yield { enterprise: enterprise + 1, cells };
  }
}

/** The CSV as a user would upload it: UTF-8 with BOM, bilingual headers, CRLF. */
function toCsv(rows: Iterable<BenchRow>): Buffer {
  let text = `\uFEFF${CONTRACT_COLUMNS.map(headerText).join(',')}\r\n`;
  for (const r of rows) text += `${r.cells.join(',')}\r\n`;
  return Buffer.from(text, 'utf8');
}

/**
 * The same rows as an XLSX a user would upload: amounts and rates as numbers, dates as date cells,
 * shared strings. exceljs's streaming writer keeps the bench's own memory small.
 */
async function toXlsx(rows: Iterable<BenchRow>): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = workbook.addWorksheet('Contracts');
  ws.addRow(CONTRACT_COLUMNS.map(headerText)).commit();
  for (const { cells } of rows) {
    const [uscc, reference, client, country, service, signedOn, currency, amount, rate] = cells as string[];
    const row = ws.addRow([
      uscc,
      reference,
      client,
      country,
      service,
      new Date(`${signedOn}T00:00:00Z`),
      currency,
      Number(amount),
      rate ? Number(rate) : null,
    ]);
    row.getCell(6).numFmt = 'yyyy-mm-dd';
    row.commit();
  }
  ws.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

async function freshCity(file: string): Promise<{ database: Database; admin: number }> {
  const database = openDatabase({ kind: 'sqlite', file });
  await migrateToLatest(database);
  const district = await database.db
    .insertInto('districts')
    .values({
      code: '360113',
      city_code: '360100',
      province_code: '360000',
      name_zh: '红谷滩区',
      name_en: 'Honggutan',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const enterprises = Array.from({ length: ENTERPRISES }, (_, i) => ({
    uscc: uscc(i + 1),
    name_zh: `企业${i + 1}`,
    name_en: `Enterprise ${i + 1}`,
    district_id: district.id,
    park_id: null,
    city_code: '360100',
    ownership: 'private',
    investor_country: null,
    fdi_currency: null,
    fdi_amount_minor: null,
    fdi_amount_fen: null,
    fdi_rate_to_cny: null,
    founded_on: '2015-06-01',
    main_service_code: 'ITO-01',
    created_at: NOW.toISOString(),
    updated_at: NOW.toISOString(),
  }));
  await database.db.insertInto('enterprises').values(enterprises).execute();
  const admin = await insertUser(database.db, {
    email: 'admin@example.test',
    password_hash: 'x',
    role: 'admin',
    enterprise_id: null,
    institute_id: null,
    display_name: 'admin',
    created_at: NOW.toISOString(),
  });
  return { database, admin };
}

/** The same rows as the import writes them, into the same schema, with one prepared statement. */
function rawInsert(file: string, rows: Iterable<BenchRow>): number {
  const driver = new SqliteDriver(file);
  driver.pragma('journal_mode = WAL');
  driver.pragma('synchronous = FULL');
  driver.pragma('foreign_keys = ON');
  const insert = driver.prepare(
    'insert into contracts (enterprise_id, client_name, client_country, service_code, signed_on, currency, ' +
      'value_minor, value_fen, rate_to_cny, offshore, reference, created_at) values (?,?,?,?,?,?,?,?,?,?,?,?)',
  );
  const values = Array.from(rows, ({ enterprise, cells }) => {
    const [, reference, client, country, service, signedOn, currency, amount, rate] = cells as string[];
    const money = toCnyAmount({
      currency: currency as string,
      amount: amount as string,
      rateToCny: rate || undefined,
    });
    return [
      enterprise,
      client,
      country,
      service,
      signedOn,
      currency,
      money.amountMinor,
      money.amountFen,
      money.rateToCny,
      isOffshoreCountry(country as string) ? 1 : 0,
      reference,
      NOW.toISOString(),
    ];
  });
  const start = performance.now();
  driver.transaction(() => {
    for (const v of values) insert.run(...v);
  })();
  const ms = performance.now() - start;
  driver.close();
  return ms;
}

interface TimedImport {
  ms: number;
  peak: number;
  baseline: number;
}

/** One import of `bytes` through ImportService into a fresh database, timed, with peak RSS sampled. */
async function timedImport(file: string, fileName: string, bytes: Buffer): Promise<TimedImport> {
  const { database, admin } = await freshCity(file);
  const actor = await database.db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', admin)
    .executeTakeFirstOrThrow();
  // With --expose-gc (npm run bench:import), the bench's own garbage goes before the baseline is taken.
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  // The timer samples between awaits; progress (every 1,000 rows) samples inside synchronous stretches.
  const sampler = setInterval(sample, 10);
  const service = new ImportService({ database, clock: () => NOW });
  const start = performance.now();
  const { done } = await service.start(
    actor,
    { kind: 'contracts', mode: 'all-or-nothing', fileName, bytes },
    sample,
  );
  const result = await done;
  const ms = performance.now() - start;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (result.status !== 'succeeded' || result.summary.created !== ROWS) {
    throw new Error(
      `import ${result.status}: ${JSON.stringify(result.summary)} ${JSON.stringify(result.errors.slice(0, 3))}`,
    );
  }
  await database.close();
  return { ms, peak, baseline };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'greenshore-bench-import-'));
  const rate = (ms: number) => Math.round(ROWS / (ms / 1000));
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  try {
    // Rows are generated again for each use (they are deterministic) so the bench holds none while an
    // import runs.
    const csv = toCsv(benchRows());
    const { ms: importMs, peak, baseline } = await timedImport(path.join(dir, 'import.db'), 'bench.csv', csv);

    const raw = await freshCity(path.join(dir, 'raw.db'));
    await raw.database.close();
    const rawMs = rawInsert(path.join(dir, 'raw.db'), benchRows());

    console.log(`contracts CSV: ${ROWS.toLocaleString('en')} rows, ${(csv.length / 1e6).toFixed(1)} MB`);
    console.log(
      `full import (read + validate + write): ${importMs.toFixed(0)} ms, ${rate(importMs).toLocaleString('en')} rows/s`,
    );
    console.log(
      `raw better-sqlite3 inserts:           ${rawMs.toFixed(0)} ms, ${rate(rawMs).toLocaleString('en')} rows/s`,
    );
    console.log(`ratio (import / raw rows per second): ${(rawMs / importMs).toFixed(3)} (aim >= 0.25)`);
    console.log(
      `peak RSS: ${mb(peak)} MB (aim < 300 MB); before the import ${mb(baseline)} MB (the bench's own rows)`,
    );

    // The XLSX part runs in a fresh process, so its peak is not hidden in the heap the CSV part grew.
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'xlsx'], {
      stdio: 'inherit',
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The same contracts as an XLSX file, imported into a fresh database (run by main in its own process). */
async function xlsxPart(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'greenshore-bench-import-'));
  try {
    const xlsx = await toXlsx(benchRows());
    const run = await timedImport(path.join(dir, 'import.db'), 'bench.xlsx', xlsx);
    const rate = Math.round(ROWS / (run.ms / 1000));
    console.log(`contracts XLSX: ${ROWS.toLocaleString('en')} rows, ${(xlsx.length / 1e6).toFixed(1)} MB`);
    console.log(
      `full import (read + validate + write): ${run.ms.toFixed(0)} ms, ${rate.toLocaleString('en')} rows/s`,
    );
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
    console.log(
      `peak RSS: ${mb(run.peak)} MB (aim < 300 MB); before the import ${mb(run.baseline)} MB (the bench's own file)`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'xlsx') await xlsxPart();
else await main();
