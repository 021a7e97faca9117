import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { testApp, testClock } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import { call, quarterFiling, type ReportWorld, reportWorld, rowCounts } from '../../test/report.fixture.ts';
import type { Database } from '../db/dialect.ts';
import { headerText } from '../exchange/exchange-column.ts';
import { csv, importFile } from '../exchange/import-test.fixture.ts';
import { reportSheets } from '../exchange/report-sheets.ts';
import { HARDWARE_COLUMNS, REPORT_COLUMNS } from '../exchange/reports.columns.ts';
import { flatten } from '../exchange/sheet-rows.ts';
import { writeXlsx } from '../spreadsheets/xlsx.writer.ts';

const USCC_A = '91360100MA0000000A';
const USCC_B = '91360100MA0000000B';
type FilingInput = ReturnType<typeof quarterFiling>;

/** The long form: one row per revenue line, the report's other fields repeated. */
function reportRows(uscc: string, filing: FilingInput): (string | number)[][] {
  const { revenue, ...rest } = filing;
  return revenue.map((line) => {
    const record: Record<string, unknown> = {
      uscc,
      periodType: 'quarterly',
      ...flatten(rest),
      ...flatten(line, 'revenue'),
    };
    return REPORT_COLUMNS.map((c) => (record[c.key] ?? '') as string | number);
  });
}
const file = (...rows: (string | number)[][]) => csv([REPORT_COLUMNS.map(headerText), ...rows]);

describeEachDatabase('report imports', (use) => {
  let app: FastifyInstance;
  let database: Database;
  let w: ReportWorld;

  beforeAll(async () => {
    database = use();
    app = await testApp(database, testClock('2026-03-01T08:00:00.000Z'));
    w = await reportWorld(database, app);
  });
  afterAll(() => app.close());

  const reportsOfA = async () =>
    (await call(app, w.filerA, 'GET', `/enterprises/${w.enterpriseA}/reports`)).json().items as {
      id: number;
      version: number;
      status: string;
      filing: FilingInput;
      result: { valueAdded: { valueAddedCny: number } };
    }[];

  test('drafts are created as POST creates them, with computed results; the same rows again are unchanged', async () => {
    const q1 = reportRows(USCC_A, quarterFiling(2025, 1));
    const q2 = reportRows(USCC_A, quarterFiling(2025, 2, { revenueCny: 2_000_000 }));
    const first = await importFile(app, w.filerA, 'kind=reports', file(...q1, ...q2), 'reports.csv');
    expect(first).toMatchObject({ status: 'succeeded', summary: { created: 2, updated: 0 }, errorCount: 0 });
    const stored = await reportsOfA();
    expect(stored.map((r) => [r.status, r.version, r.filing.revenue.length])).toEqual([
      ['draft', 1, 2],
      ['draft', 1, 2],
    ]);
    expect(stored[0]?.result.valueAdded.valueAddedCny).toBeGreaterThan(0);
    const before = await rowCounts(database);
    const again = await importFile(app, w.filerA, 'kind=reports', file(...q2, ...q1), 'reordered.csv');
    expect(again).toMatchObject({ status: 'succeeded', summary: { created: 0, unchanged: 2 } });
    expect((await rowCounts(database)).versions).toBe(before.versions);
  });

  test('a changed draft becomes a new version; a submitted report is a row error', async () => {
    const q1 = (await reportsOfA()).find((r) => r.filing.period.start === '2025-01-01');
    const submit = await call(app, w.filerA, 'POST', `/reports/${q1?.id}/submit`, {});
    expect(submit.statusCode).toBe(200);
    const changedQ1 = reportRows(USCC_A, quarterFiling(2025, 1, { electricityKwh: 95_000 }));
    const changedQ2 = reportRows(USCC_A, quarterFiling(2025, 2, { revenueCny: 2_100_000 }));
    const before = await rowCounts(database);
    const rejected = await importFile(
      app,
      w.filerA,
      'kind=reports',
      file(...changedQ1, ...changedQ2),
      'c.csv',
    );
    expect(rejected.status).toBe('rejected');
    expect(rejected.errors).toMatchObject([{ row: 2, message: 'report is submitted: amend it in the app' }]);
    expect(await rowCounts(database)).toEqual(before);
    const valid = await importFile(
      app,
      w.filerA,
      'kind=reports&mode=valid-only',
      file(...changedQ1, ...changedQ2),
      'd.csv',
    );
    expect(valid).toMatchObject({ status: 'succeeded', summary: { updated: 1, skipped: 1 } });
    const q2 = (await reportsOfA()).find((r) => r.filing.period.start === '2025-04-01');
    expect([q2?.version, q2?.filing.revenue[0]?.amountCny]).toEqual([2, 2_100_000]);
  });

  test('rows of one report must agree; errors name the row and column', async () => {
    const [a, b] = reportRows(USCC_A, quarterFiling(2025, 3)) as [(string | number)[], (string | number)[]];
    const average = REPORT_COLUMNS.findIndex((c) => c.key === 'employees.average');
    b[average] = 999;
    const amount = REPORT_COLUMNS.findIndex((c) => c.key === 'revenue.amountCny');
    a[amount] = -5;
    const result = await importFile(app, w.filerA, 'kind=reports', file(a, b), 'e.csv');
    expect(result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, '平均从业人数 / Average employees', 'differs from row 2 of the same report'],
    ]);
    b[average] = a[average] as number;
    const negative = await importFile(app, w.filerA, 'kind=reports', file(a, b), 'f.csv');
    expect(negative.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, '收入金额 / Revenue amount', 'must be zero or more'],
    ]);
  });

  test('a filer cannot file for another enterprise; an analyst cannot file at all', async () => {
    const before = await rowCounts(database);
    const theirs = file(...reportRows(USCC_B, quarterFiling(2025, 4)));
    expect((await importFile(app, w.filerA, 'kind=reports', theirs, 'g.csv')).errors[0]?.message).toBe(
      'not your enterprise',
    );
    expect((await importFile(app, w.analyst, 'kind=reports', theirs, 'h.csv')).errors[0]?.message).toMatch(
      /filer/,
    );
    expect(await rowCounts(database)).toEqual(before);
  });

  test('XLSX brings hardware; an export imported back changes nothing', async () => {
    const q4 = reportRows(USCC_A, quarterFiling(2025, 4));
    const hardware = [[USCC_A, 'quarterly', '2025-10-01', 'laptop', 40, 300, 4]];
    const xlsx = await writeXlsx(
      [
        { name: '报表 Reports', columns: REPORT_COLUMNS, rows: q4 },
        { name: '硬件 Hardware', columns: HARDWARE_COLUMNS, rows: hardware },
      ],
      { lang: 'en' },
    );
    expect(await importFile(app, w.filerA, 'kind=reports', xlsx, 'q4.xlsx')).toMatchObject({
      status: 'succeeded',
      summary: { created: 1 },
    });
    const q4Stored = (await reportsOfA()).find((r) => r.filing.period.start === '2025-10-01');
    expect(q4Stored?.filing).toMatchObject({
      hardware: [{ kind: 'laptop', count: 40, embodiedKgCo2e: 300, lifetimeYears: 4 }],
    });
    const exported = await writeXlsx(await reportSheets(database.db, { enterpriseId: w.enterpriseA }), {
      lang: 'zh-CN',
    });
    const before = await rowCounts(database);
    const back = await importFile(app, w.filerA, 'kind=reports', exported, 'export.xlsx');
    expect(back).toMatchObject({ status: 'succeeded', summary: { created: 0, updated: 0, unchanged: 3 } });
    expect((await rowCounts(database)).versions).toBe(before.versions);
  });
});
