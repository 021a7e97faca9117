import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { issuePathsOf, testApp } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import { call, quarterFiling, type ReportWorld, reportWorld, rowCounts } from '../../test/report.fixture.ts';

describeEachDatabase('report routes: ETags, concurrency, idempotency', (use) => {
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

  test('PUT needs If-Match (428), refuses a stale one (412), then stores a new version', async () => {
    const id = (await create(2021, 1)).json().id;
    const body = { periodType: 'quarterly', filing: quarterFiling(2021, 1, { revenueCny: 3_100_000 }) };
    const before = await rowCounts(use());
    const missing = await call(app, w.filerA, 'PUT', `/reports/${id}`, body);
    expect(missing.statusCode).toBe(428);
    expect(issuePathsOf(missing)).toEqual(['headers.if-match']);
    const stale = await call(app, w.filerA, 'PUT', `/reports/${id}`, body, {
      'if-match': `"report-${id}-v7"`,
    });
    expect(stale.statusCode).toBe(412);
    expect(await rowCounts(use())).toEqual(before);
    const etag = (await call(app, w.filerA, 'GET', `/reports/${id}`)).headers.etag as string;
    const ok = await call(app, w.filerA, 'PUT', `/reports/${id}`, body, { 'if-match': etag });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, status: 'draft' });
    expect(ok.json().result.valueAdded.grossOutputCny).toBe(3_600_000);
    expect(ok.headers.etag).toBe(`"report-${id}-v2"`);
  });

  test('concurrent PUTs with the same ETag: exactly one wins, the other gets 412', async () => {
    const id = (await create(2021, 2)).json().id;
    const put = (revenueCny: number) =>
      call(
        app,
        w.filerA,
        'PUT',
        `/reports/${id}`,
        { periodType: 'quarterly', filing: quarterFiling(2021, 2, { revenueCny }) },
        {
          'if-match': `"report-${id}-v1"`,
        },
      );
    const results = await Promise.all([put(3_100_000), put(3_200_000)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 412]);
    const versions = await call(app, w.filerA, 'GET', `/reports/${id}/versions`);
    expect(versions.json().total).toBe(2);
  });

  test('a PUT may not move the report to another period (409 naming filing.period)', async () => {
    const id = (await create(2021, 3)).json().id;
    const res = await call(
      app,
      w.filerA,
      'PUT',
      `/reports/${id}`,
      { periodType: 'quarterly', filing: quarterFiling(2021, 4) },
      {
        'if-match': `"report-${id}-v1"`,
      },
    );
    expect(res.statusCode).toBe(409);
    expect(issuePathsOf(res)).toEqual(['filing.period']);
  });

  test('an idempotent POST retry creates nothing new; the same key with another body is 422', async () => {
    const body = { periodType: 'quarterly', filing: quarterFiling(2020, 1) };
    const url = `/enterprises/${w.enterpriseA}/reports`;
    const first = await call(app, w.filerA, 'POST', url, body, { 'idempotency-key': 'create-2020-q1' });
    expect(first.statusCode).toBe(201);
    const before = await rowCounts(use());
    const retry = await call(app, w.filerA, 'POST', url, body, { 'idempotency-key': 'create-2020-q1' });
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const other = { periodType: 'quarterly', filing: quarterFiling(2020, 2) };
    const reused = await call(app, w.filerA, 'POST', url, other, { 'idempotency-key': 'create-2020-q1' });
    expect(reused.statusCode).toBe(422);
    expect(issuePathsOf(reused)).toEqual(['headers.idempotency-key']);
    expect(await rowCounts(use())).toEqual(before);
  });

  test('the OpenAPI document lists the report routes with an example body', async () => {
    const doc = (await app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/enterprises/{id}/reports',
        '/api/v1/reports/{id}',
        '/api/v1/reports/{id}/approve',
        '/api/v1/completeness',
        '/api/v1/indicators',
      ]),
    );
    const post = doc.paths['/api/v1/enterprises/{id}/reports'].post;
    expect(JSON.stringify(post.requestBody)).toContain('"example"');
  });
});
