import type { FastifyInstance } from 'fastify';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestUser, type LoggedIn, login, testApp, testClock } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import {
  insertEnterpriseRow,
  insertFiler,
  insertPlaces,
  PASSWORD,
  rowCounts,
  validUscc,
} from '../../test/enterprise.fixture.ts';
import type { Database } from '../db/dialect.ts';
import { CONTRACT_COLUMNS, EXECUTION_COLUMNS } from '../exchange/contracts.columns.ts';
import { headerText } from '../exchange/exchange-column.ts';
import { csv, importFile } from '../exchange/import-test.fixture.ts';
import { writeXlsx } from '../spreadsheets/xlsx.writer.ts';

const HEADER = CONTRACT_COLUMNS.map(headerText);
const row = (n: number, reference: string, amount: string | number = '1,000.50') => [
  validUscc(n),
  reference,
  'Kansai Logistics K.K.',
  'jp',
  'ITO-01',
  '2025-04-01',
  'JPY',
  typeof amount === 'string' ? amount.replace('.50', '') : amount,
  '0.04704',
];

describeEachDatabase('contract imports', (use) => {
  let app: FastifyInstance;
  let database: Database;
  let analyst: LoggedIn;
  let filerA: LoggedIn;
  let enterpriseA: number;

  beforeAll(async () => {
    database = use();
    const places = await insertPlaces(database);
    enterpriseA = await insertEnterpriseRow(database, 1, places.honggutan);
    await insertEnterpriseRow(database, 2, places.hitech);
    await createTestUser(database, 'analyst@example.test', PASSWORD, 'analyst');
    await insertFiler(database, 'filer.a@example.test', enterpriseA);
    app = await testApp(database, testClock('2026-03-01T08:00:00.000Z'));
    analyst = await login(app, 'analyst@example.test', PASSWORD);
    filerA = await login(app, 'filer.a@example.test', PASSWORD);
  });
  afterAll(() => app.close());

  test('an invalid row names its row and column, and the whole file changes nothing', async () => {
    const before = await rowCounts(database);
    const file = csv([HEADER, row(1, 'C-2025-0001'), row(2, 'C-2025-0002', 'abc')]);
    const result = await importFile(app, analyst, 'kind=contracts', file, 'contracts.csv');
    expect(result).toMatchObject({ status: 'rejected', errorCount: 1, summary: { created: 0, skipped: 1 } });
    expect(result.errors[0]).toMatchObject({
      row: 3,
      column: '合同金额 / Amount',
      value: 'abc',
      message: 'must be a number',
    });
    expect(await rowCounts(database)).toEqual(before);
  });

  test('valid-only imports the valid rows and skips the others', async () => {
    const before = await rowCounts(database);
    const file = csv([HEADER, row(1, 'C-2025-0011'), row(2, 'C-2025-0012', '-5'), row(2, 'C-2025-0013')]);
    const result = await importFile(app, analyst, 'kind=contracts&mode=valid-only', file, 'contracts.csv');
    expect(result).toMatchObject({ status: 'succeeded', summary: { created: 2, skipped: 1 }, errorCount: 1 });
    expect(result.errors[0]).toMatchObject({ row: 3, column: '合同金额 / Amount' });
    const after = await rowCounts(database);
    expect(after.contracts).toBe((before.contracts ?? 0) + 2);
    expect(after.audit).toBe((before.audit ?? 0) + 1);
    const stored = await database.db
      .selectFrom('contracts')
      .selectAll()
      .where('reference', '=', 'C-2025-0011')
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      client_country: 'JP',
      value_minor: 1000,
      offshore: 1,
      enterprise_id: enterpriseA,
    });
  });

  test('the same file again changes nothing: unchanged, naming the first import', async () => {
    const file = csv([HEADER, row(1, 'C-2025-0021'), row(2, 'C-2025-0022')]);
    const first = await importFile(app, analyst, 'kind=contracts', file, 'again.csv');
    expect(first).toMatchObject({ status: 'succeeded', summary: { created: 2 } });
    const before = await rowCounts(database);
    const second = await importFile(app, analyst, 'kind=contracts', file, 'again.csv');
    expect(second).toMatchObject({ status: 'unchanged', duplicateOf: first.id });
    expect(await rowCounts(database)).toEqual(before);
    // Another file with the same rows: each contract is unchanged; a changed one is a row error.
    const reordered = csv([HEADER, row(2, 'C-2025-0022'), row(1, 'C-2025-0021')]);
    expect(await importFile(app, analyst, 'kind=contracts', reordered, 'b.csv')).toMatchObject({
      status: 'succeeded',
      summary: { created: 0, unchanged: 2 },
    });
    const changed = csv([HEADER, row(1, 'C-2025-0021', '2,000')]);
    const refused = await importFile(app, analyst, 'kind=contracts', changed, 'c.csv');
    expect(refused.errors[0]?.message).toBe('contract C-2025-0021 already exists with other values');
  });

  test('a filer cannot touch another enterprise: a row error, nothing changed', async () => {
    const before = await rowCounts(database);
    const file = csv([HEADER, row(1, 'C-2025-0031'), row(2, 'C-2025-0032')]);
    const result = await importFile(app, filerA, 'kind=contracts', file, 'mine.csv');
    expect(result).toMatchObject({ status: 'rejected', errorCount: 1 });
    expect(result.errors[0]).toMatchObject({
      row: 3,
      column: '统一社会信用代码 / USCC',
      message: 'not your enterprise',
    });
    expect(await rowCounts(database)).toEqual(before);
  });

  test('GBK and UTF-8-BOM CSV files with Chinese headers import', async () => {
    const chinese = CONTRACT_COLUMNS.map((c) => c.header['zh-CN']);
    const gbk = iconv.encode(csv([chinese, row(1, '合同-甲')]).toString('utf8'), 'gbk');
    expect(await importFile(app, filerA, 'kind=contracts', gbk, '合同.csv')).toMatchObject({
      status: 'succeeded',
      summary: { created: 1 },
    });
    const bom = csv([chinese, row(1, '合同-乙')], true);
    expect(await importFile(app, filerA, 'kind=contracts', bom, '合同2.csv')).toMatchObject({
      status: 'succeeded',
      summary: { created: 1 },
    });
    const stored = await database.db
      .selectFrom('contracts')
      .select('reference')
      .where('enterprise_id', '=', enterpriseA)
      .execute();
    expect(stored.map((s) => s.reference)).toEqual(expect.arrayContaining(['合同-甲', '合同-乙']));
  });

  test('an XLSX file brings contracts and their executions; the window and amounts are checked', async () => {
    const contracts = { name: '合同 Contracts', columns: CONTRACT_COLUMNS, rows: [row(1, 'X-1', 5000)] };
    const executions = {
      name: '执行 Executions',
      columns: EXECUTION_COLUMNS,
      rows: [
        [validUscc(1), 'X-1', '2026-01-01', '2026-01-31', 1000, null, '2.5'],
        [validUscc(1), 'X-1', '2026-02-01', '2026-02-28', '10.5', null, null],
        [validUscc(1), 'X-404', '2026-02-01', '2026-02-28', 10, null, null],
      ],
    };
    const file = await writeXlsx([contracts, executions], { lang: 'en' });
    const result = await importFile(app, analyst, 'kind=contracts&mode=valid-only', file, 'both.xlsx');
    expect(result).toMatchObject({ status: 'succeeded', summary: { created: 2, skipped: 2 } });
    expect(result.errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
      ['执行 Executions', 3, '执行金额 / Amount'],
      ['执行 Executions', 4, '合同编号 / Contract reference'],
    ]);
    const stored = await database.db
      .selectFrom('contract_executions as e')
      .innerJoin('contracts as c', 'c.id', 'e.contract_id')
      .select(['e.amount_minor', 'e.person_months'])
      .where('c.reference', '=', 'X-1')
      .execute();
    expect(stored).toEqual([{ amount_minor: 1000, person_months: '2.5' }]);
  });

  test('a file the reader refuses fails, saying why', async () => {
    const result = await importFile(app, analyst, 'kind=contracts', Buffer.from('%PDF-1.4 junk'), 'x.pdf');
    expect(result.status).toBe('failed');
    expect(result.errors[0]?.message).toMatch(/PDF/);
  });

  test('an export imported back is unchanged, though the stored rate keeps trailing zeros', async () => {
    const created = await app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${enterpriseA}/contracts`,
      headers: { cookie: filerA.cookie, 'x-csrf-token': filerA.csrfToken },
      payload: {
        reference: 'C-TRAILING-1',
        clientName: 'Harbour Data Ltd',
        clientCountry: 'HK',
        serviceCode: 'ITO-01',
        signedOn: '2025-05-01',
        value: { currency: 'HKD', amount: '1000', rateToCny: '0.9000' },
      },
    });
    expect(created.statusCode).toBe(201);
    const exported = await app.inject({
      method: 'GET',
      url: `/api/v1/exports/contracts?format=csv&enterpriseId=${enterpriseA}`,
      headers: { cookie: analyst.cookie },
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain('C-TRAILING-1');
    const before = await rowCounts(database);
    const result = await importFile(app, analyst, 'kind=contracts', exported.rawPayload, 'export.csv');
    expect(result).toMatchObject({ status: 'succeeded', errorCount: 0, summary: { created: 0, updated: 0 } });
    expect(result.summary.unchanged).toBeGreaterThan(0);
    expect(await rowCounts(database)).toEqual({ ...before, audit: (before.audit ?? 0) + 1 });
  });
});
