import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { testApp } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import { call, quarterFiling, type ReportWorld, reportWorld } from '../../test/report.fixture.ts';

interface Item {
  id: number;
  enterpriseId: number;
  enterpriseNameEn: string;
  status: string;
  flagCount: number;
  hasExplanation: boolean;
  approvable: boolean;
}

describeEachDatabase('review queue GET /reports', (use) => {
  let app: FastifyInstance;
  let w: ReportWorld;
  const ids = { a2024: 0, aDraft: 0, b2024: 0 };

  const create = async (enterpriseId: number, year: number, quarter: 1 | 2 | 3 | 4) =>
    (
      await call(app, w.admin, 'POST', `/enterprises/${enterpriseId}/reports`, {
        periodType: 'quarterly',
        filing: quarterFiling(year, quarter),
      })
    ).json().id as number;

  beforeAll(async () => {
    app = await testApp(use());
    w = await reportWorld(use(), app);
    ids.a2024 = await create(w.enterpriseA, 2024, 4);
    ids.aDraft = await create(w.enterpriseA, 2025, 1);
    ids.b2024 = await create(w.enterpriseB, 2024, 4);
    await call(app, w.filerA, 'POST', `/reports/${ids.a2024}/submit`, { explanation: 'New office.' });
    await call(app, w.filerB, 'POST', `/reports/${ids.b2024}/submit`, {});
  });
  afterAll(() => app.close());

  const list = async (query: string) => {
    const res = await call(app, w.analyst, 'GET', `/reports?${query}`);
    expect(res.statusCode).toBe(200);
    return res.json() as { items: Item[]; total: number };
  };

  test('submitted reports across enterprises with names, flag count, explanation and approvability', async () => {
    const body = await list('status=submitted');
    expect(body.total).toBe(2);
    const byId = new Map(body.items.map((i) => [i.id, i]));
    expect(byId.get(ids.a2024)).toMatchObject({
      enterpriseId: w.enterpriseA,
      enterpriseNameEn: 'Enterprise 000A',
      flagCount: 0,
      hasExplanation: true,
      approvable: true,
    });
    expect(byId.get(ids.b2024)).toMatchObject({ flagCount: 0, hasExplanation: false, approvable: true });
  });

  test('filters by enterprise, year and period type; pages with limit and offset', async () => {
    expect((await list(`enterpriseId=${w.enterpriseA}`)).total).toBe(2);
    expect((await list('year=2025')).items.map((i) => i.id)).toEqual([ids.aDraft]);
    expect((await list('periodType=annual')).total).toBe(0);
    const page = await list('limit=1&offset=1');
    expect(page).toMatchObject({ total: 3 });
    expect(page.items).toHaveLength(1);
  });

  test('after approval a report leaves the submitted queue', async () => {
    const res = await call(app, w.analyst, 'POST', `/reports/${ids.a2024}/approve`, {});
    expect(res.statusCode).toBe(200);
    expect((await list('status=submitted')).items.map((i) => i.id)).toEqual([ids.b2024]);
    expect((await list('status=approved')).items.map((i) => i.status)).toEqual(['approved']);
  });

  test('filers are refused with 403; bad filters with 400', async () => {
    expect((await call(app, w.filerA, 'GET', '/reports')).statusCode).toBe(403);
    expect((await call(app, w.analyst, 'GET', '/reports?status=lost')).statusCode).toBe(400);
  });
});
