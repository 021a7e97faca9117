import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { issuePathsOf, testApp } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import { call, quarterFiling, type ReportWorld, reportWorld, rowCounts } from '../../test/report.fixture.ts';

describeEachDatabase('report routes', (use) => {
  let app: FastifyInstance;
  let w: ReportWorld;
  const create = (year: number, q: 1 | 2 | 3 | 4, who = () => w.filerA, enterprise = () => w.enterpriseA) =>
    call(app, who(), 'POST', `/enterprises/${enterprise()}/reports`, {
      periodType: 'quarterly',
      filing: quarterFiling(year, q),
    });

  beforeAll(async () => {
    app = await testApp(use());
    w = await reportWorld(use(), app);
  });
  afterAll(() => app.close());

  test('a filer creates a draft with its computed result, ETag and version 1', async () => {
    const res = await create(2024, 1);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      enterpriseId: w.enterpriseA,
      periodType: 'quarterly',
      period: { start: '2024-01-01', end: '2024-03-31' },
      status: 'draft',
      version: 1,
      flags: [],
      explanation: null,
      returnReason: null,
    });
    expect(body.result.energy.electricityKwh).toBe(90_000);
    expect(res.headers.etag).toBe(`"report-${body.id}-v1"`);
    const stored = await use()
      .db.selectFrom('report_versions')
      .select(['calculation_version', 'factor_ids'])
      .where('report_id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(stored.calculation_version).toBe(body.result.calculationVersion);
    const factorIds = body.result.factors.map((f: { id: string }) => f.id);
    expect(factorIds.length).toBeGreaterThan(0);
    expect(JSON.parse(stored.factor_ids)).toEqual(factorIds);
  });

  test('a second create for the same period answers 409 naming filing.period and stores nothing', async () => {
    const before = await rowCounts(use());
    const res = await create(2024, 1);
    expect(res.statusCode).toBe(409);
    expect(issuePathsOf(res)).toEqual(['filing.period']);
    expect(await rowCounts(use())).toEqual(before);
  });

  test('a period that is not a calendar quarter answers 400 naming filing.period', async () => {
    const before = await rowCounts(use());
    const filing = { ...quarterFiling(2024, 2), period: { start: '2024-02-01', end: '2024-04-30' } };
    const res = await call(app, w.filerA, 'POST', `/enterprises/${w.enterpriseA}/reports`, {
      periodType: 'quarterly',
      filing,
    });
    expect(res.statusCode).toBe(400);
    expect(issuePathsOf(res)).toEqual(['filing.period']);
    const monthly = await call(app, w.filerA, 'POST', `/enterprises/${w.enterpriseA}/reports`, {
      periodType: 'monthly',
      filing: quarterFiling(2024, 2),
    });
    expect(issuePathsOf(monthly)).toEqual(['filing.period']);
    expect(await rowCounts(use())).toEqual(before);
  });

  test.each(['status', 'enterpriseId', 'approvedBy', 'result', 'version'])(
    'a body carrying the server-owned field %s is refused with 400 naming it',
    async (field) => {
      const before = await rowCounts(use());
      const res = await call(app, w.filerA, 'POST', `/enterprises/${w.enterpriseA}/reports`, {
        periodType: 'quarterly',
        filing: quarterFiling(2024, 4),
        [field]: field === 'result' ? {} : 'approved',
      });
      expect(res.statusCode).toBe(400);
      expect(issuePathsOf(res)).toEqual([field]);
      expect(await rowCounts(use())).toEqual(before);
    },
  );

  test('an invalid filing answers 400 naming the filing field', async () => {
    const filing = quarterFiling(2024, 4);
    filing.costs.rentCny = -1;
    const res = await call(app, w.filerA, 'POST', `/enterprises/${w.enterpriseA}/reports`, {
      periodType: 'quarterly',
      filing: { ...filing, approvedBy: 3 },
    });
    expect(res.statusCode).toBe(400);
    expect(issuePathsOf(res)).toEqual(expect.arrayContaining(['filing.costs.rentCny', 'filing.approvedBy']));
  });

  test('tenant isolation: another enterprise’s reports answer 404 for reads and writes', async () => {
    const id = (await create(2023, 4)).json().id;
    const before = await rowCounts(use());
    const probes = [
      call(app, w.filerB, 'GET', `/reports/${id}`),
      call(app, w.filerB, 'GET', `/reports/${id}/versions`),
      call(app, w.filerB, 'POST', `/reports/${id}/submit`, {}),
      call(app, w.filerB, 'POST', `/reports/${id}/amend`, { filing: quarterFiling(2023, 4), reason: 'x' }),
      call(
        app,
        w.filerB,
        'PUT',
        `/reports/${id}`,
        { periodType: 'quarterly', filing: quarterFiling(2023, 4) },
        {
          'if-match': `"report-${id}-v1"`,
        },
      ),
      call(app, w.filerB, 'GET', `/enterprises/${w.enterpriseA}/reports`),
      create(
        2023,
        3,
        () => w.filerB,
        () => w.enterpriseA,
      ),
      call(app, w.filerB, 'GET', '/reports/999999'),
    ];
    for (const res of await Promise.all(probes)) expect(res.statusCode).toBe(404);
    expect(await rowCounts(use())).toEqual(before);
  });

  test('an analyst reads any enterprise’s reports but may not create one (403)', async () => {
    const list = await call(app, w.analyst, 'GET', `/enterprises/${w.enterpriseA}/reports`);
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBeGreaterThan(0);
    expect((await create(2022, 1, () => w.analyst)).statusCode).toBe(403);
    expect(
      (
        await create(
          2022,
          1,
          () => w.admin,
          () => w.enterpriseB,
        )
      ).statusCode,
    ).toBe(201);
  });

  test('lists filter by status, year and period type and page with {items, total}', async () => {
    await create(2025, 1);
    await create(2025, 2);
    const url = `/enterprises/${w.enterpriseA}/reports?year=2025&periodType=quarterly&status=draft&limit=1`;
    const res = await call(app, w.filerA, 'GET', url);
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(2);
    expect(res.json().items).toHaveLength(1);
    expect(res.json().items[0].period.start).toBe('2025-04-01');
    const none = await call(app, w.filerA, 'GET', `/enterprises/${w.enterpriseA}/reports?status=approved`);
    expect(none.json()).toEqual({ items: [], total: 0 });
    const bad = await call(app, w.filerA, 'GET', `/enterprises/${w.enterpriseA}/reports?status=lost`);
    expect(issuePathsOf(bad)).toEqual(['querystring.status']);
  });
});
