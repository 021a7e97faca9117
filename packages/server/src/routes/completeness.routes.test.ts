import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LoggedIn, login, testApp, testClock } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import { insertFiler, PASSWORD } from '../../test/enterprise.fixture.ts';
import { call, insertEnterprise, quarterFiling, reportWorld } from '../../test/report.fixture.ts';

interface Item {
  enterpriseId: number;
  filed: boolean;
  late: boolean;
  neverFiled: boolean;
  reportStatus: string | null;
}

describeEachDatabase('completeness route', (use) => {
  let app: FastifyInstance;
  const clock = testClock('2026-01-10T02:00:00.000Z');
  const ids: Record<'a' | 'b' | 'c' | 'd' | 'young', number> = { a: 0, b: 0, c: 0, d: 0, young: 0 };
  let analyst: LoggedIn;

  const fileQ4 = async (who: LoggedIn, enterpriseId: number, submit: boolean) => {
    const res = await call(app, who, 'POST', `/enterprises/${enterpriseId}/reports`, {
      periodType: 'quarterly',
      filing: quarterFiling(2025, 4),
    });
    if (submit)
      expect((await call(app, who, 'POST', `/reports/${res.json().id}/submit`, {})).statusCode).toBe(200);
  };
  const completeness = async (query: string) => {
    const res = await call(app, analyst, 'GET', `/completeness?${query}`);
    expect(res.statusCode).toBe(200);
    const byId = new Map<number, Item>(res.json().items.map((i: Item) => [i.enterpriseId, i]));
    return { body: res.json(), of: (key: keyof typeof ids) => byId.get(ids[key]) };
  };

  beforeAll(async () => {
    app = await testApp(use(), clock);
    const w = await reportWorld(use(), app);
    ids.a = w.enterpriseA;
    ids.b = w.enterpriseB;
    ids.c = await insertEnterprise(use(), { uscc: '91360100MA0000000C' });
    ids.d = await insertEnterprise(use(), { uscc: '91360100MA0000000D' });
    ids.young = await insertEnterprise(use(), { uscc: '91360100MA0000000Y', foundedOn: '2026-01-02' });
    await insertFiler(use(), 'filer-c@example.test', ids.c);
    // A files Q4 on 10 January, before the 15 January deadline; C keeps a draft.
    await fileQ4(w.filerA, ids.a, true);
    await fileQ4(await login(app, 'filer-c@example.test', PASSWORD), ids.c, false);
    // B files on 20 January: late. Sessions expire over ten days, so everyone logs in again.
    clock.advanceMinutes(10 * 24 * 60);
    await fileQ4(await login(app, 'filer-b@example.test', PASSWORD), ids.b, true);
    analyst = await login(app, 'analyst@example.test', PASSWORD);
  });
  afterAll(() => app.close());

  test('filed on time, filed late, draft only and no report at all', async () => {
    const { body, of } = await completeness('periodType=quarterly&period=2025-Q4');
    expect(body.deadline).toEqual({ date: '2026-01-15', endsAt: '2026-01-15T16:00:00.000Z' });
    expect(body.period).toEqual({ label: '2025-Q4', start: '2025-10-01', end: '2025-12-31' });
    expect(of('a')).toMatchObject({ filed: true, late: false, neverFiled: false, reportStatus: 'submitted' });
    expect(of('b')).toMatchObject({ filed: true, late: true, neverFiled: false });
    expect(of('c')).toMatchObject({ filed: false, late: true, neverFiled: true, reportStatus: 'draft' });
    expect(of('d')).toMatchObject({ filed: false, late: true, neverFiled: true, reportStatus: null });
    expect(of('young')).toBeUndefined();
    expect(body.summary).toEqual({ enterprises: 4, filed: 2, late: 3, neverFiled: 2 });
    expect(body.total).toBe(4);
  });

  test('before its deadline a period with no filings is not late', async () => {
    const { body, of } = await completeness('periodType=monthly&period=2026-01');
    expect(body.deadline.date).toBe('2026-02-05');
    expect(of('d')).toMatchObject({ filed: false, late: false, neverFiled: true });
    expect(of('young')).toMatchObject({ filed: false, late: false });
  });

  test('the deadlines come from the filing.deadlines setting when one is stored', async () => {
    const value = {
      monthly: { dayOfNextMonth: 5 },
      quarterly: { dayOfMonthAfterQuarter: 25 },
      annual: { month: 3, day: 31 },
      utcOffsetMinutes: 480,
    };
    await use()
      .db.insertInto('settings')
      .values({
        key: 'filing.deadlines',
        value_json: JSON.stringify(value),
        updated_at: clock.now().toISOString(),
      })
      .execute();
    const { body, of } = await completeness('periodType=quarterly&period=2025-Q4');
    expect(body.deadline.date).toBe('2026-01-25');
    expect(of('b')).toMatchObject({ filed: true, late: false });
    expect(of('d')).toMatchObject({ late: false });
    const annual = await completeness('periodType=annual&period=2025');
    expect(annual.body.deadline.date).toBe('2026-03-31');
  });

  test('a period label that does not fit the type is a 400 naming period; filers get 403', async () => {
    const bad = await call(app, analyst, 'GET', '/completeness?periodType=quarterly&period=2025-12');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { path: string }) => i.path)).toEqual(['period']);
    const filer = await login(app, 'filer-c@example.test', PASSWORD);
    expect(
      (await call(app, filer, 'GET', '/completeness?periodType=quarterly&period=2025-Q4')).statusCode,
    ).toBe(403);
  });
});
