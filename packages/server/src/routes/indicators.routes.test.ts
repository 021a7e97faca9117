import { aggregateCity, compareYears, type IndicatorRow, SCALAR_INDICATOR_KEYS } from '@greenshore/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { testApp } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import {
  call,
  insertEnterprise,
  quarterFiling,
  type ReportWorld,
  reportWorld,
} from '../../test/report.fixture.ts';

describeEachDatabase('indicators route', (use) => {
  let app: FastifyInstance;
  let w: ReportWorld;
  let enterpriseC: number;

  /** Admin files for any enterprise (keyed-in paper filings); the analyst approves. */
  const file = async (enterpriseId: number, periodType: string, filing: unknown, approve = true) => {
    const created = await call(app, w.admin, 'POST', `/enterprises/${enterpriseId}/reports`, {
      periodType,
      filing,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    await call(app, w.admin, 'POST', `/reports/${id}/submit`, {});
    if (approve)
      expect((await call(app, w.analyst, 'POST', `/reports/${id}/approve`, {})).statusCode).toBe(200);
    return id as number;
  };

  /** The same rows the server should have aggregated, built from what the API stored. */
  const rowOf = async (id: number, enterpriseId: number, districtCode: string): Promise<IndicatorRow> => {
    const report = (await call(app, w.analyst, 'GET', `/reports/${id}`)).json();
    return {
      filing: report.filing,
      result: report.result,
      enterprise: {
        id: String(enterpriseId),
        districtCode,
        parkId: null,
        ownership: 'private',
        mainFocusArea: 'software-development',
        fdiFen: null,
      },
      year: Number(report.period.end.slice(0, 4)),
    };
  };

  const rows: IndicatorRow[] = [];
  beforeAll(async () => {
    app = await testApp(use());
    w = await reportWorld(use(), app);
    enterpriseC = await insertEnterprise(use(), { uscc: '91360100MA0000000C', districtCode: '360111' });
    rows.push(
      await rowOf(await file(w.enterpriseA, 'quarterly', quarterFiling(2024, 1)), w.enterpriseA, '360102'),
    );
    const bigger = quarterFiling(2024, 1, { revenueCny: 5_000_000, employees: 150, electricityKwh: 120_000 });
    rows.push(await rowOf(await file(enterpriseC, 'quarterly', bigger), enterpriseC, '360111'));
    rows.push(
      await rowOf(await file(w.enterpriseA, 'quarterly', quarterFiling(2023, 1)), w.enterpriseA, '360102'),
    );
    // Submitted but not approved: must not count.
    await file(w.enterpriseB, 'quarterly', quarterFiling(2024, 2), false);
  });
  afterAll(() => app.close());

  test('the indicators of two approved reports equal core aggregateCity on the same results', async () => {
    const res = await call(app, w.analyst, 'GET', '/indicators?year=2024');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const current = aggregateCity(rows, 2024);
    const previous = aggregateCity(rows, 2023);
    expect(body.current).toEqual(current);
    expect(body.previous).toEqual(previous);
    expect(body.yearOnYear).toEqual(compareYears(current, previous));
    expect(body.current.enterpriseCount).toBe(2);
    expect(body.current.values['environment.electricityKwh']).toBe(210_000);
    expect(body.indicatorKeys).toEqual(
      expect.arrayContaining([...SCALAR_INDICATOR_KEYS, 'structure.byClass']),
    );
  });

  test('the year defaults to the latest approved year; a district narrows the rows', async () => {
    const latest = (await call(app, w.analyst, 'GET', '/indicators')).json();
    expect(latest.year).toBe(2024);
    const district = (await call(app, w.analyst, 'GET', '/indicators?year=2024&district=360111')).json();
    expect(district.districtCode).toBe('360111');
    expect(district.current).toEqual(aggregateCity(rows, 2024, { districtCode: '360111' }));
    expect(district.current.enterpriseCount).toBe(1);
  });

  test('an annual report replaces that enterprise’s quarters for its year (never counted twice)', async () => {
    const annual = { ...quarterFiling(2023, 1), period: { start: '2023-01-01', end: '2023-12-31' } };
    const id = await file(w.enterpriseA, 'annual', annual);
    const body = (await call(app, w.analyst, 'GET', '/indicators?year=2024')).json();
    const expected = [...rows.filter((r) => r.year !== 2023), await rowOf(id, w.enterpriseA, '360102')];
    expect(body.previous).toEqual(aggregateCity(expected, 2023));
    expect(body.previous.rowCount).toBe(1);
  });

  test('filers get 403; a malformed district is a 400 naming it', async () => {
    expect((await call(app, w.filerA, 'GET', '/indicators?year=2024')).statusCode).toBe(403);
    const bad = await call(app, w.analyst, 'GET', '/indicators?district=12');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { path: string }) => i.path)).toEqual(['querystring.district']);
  });
});
