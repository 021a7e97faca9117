import { type AggregateOptions, aggregateCity, compareYears, type IndicatorRow } from '@greenshore/core';
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
import { DEFAULT_MANUFACTURING_BENCHMARK } from '../settings/indicator-settings.ts';

const BENCHMARK: AggregateOptions = {
  benchmarkKgCo2ePer10kCnyValueAdded: DEFAULT_MANUFACTURING_BENCHMARK.kgCo2ePer10kCnyValueAdded,
};

describeEachDatabase('dashboard route', (use) => {
  let app: FastifyInstance;
  let w: ReportWorld;
  const rows: IndicatorRow[] = [];
  const q1Rows: IndicatorRow[] = [];

  const file = async (enterpriseId: number, filing: unknown, approve = true) => {
    const created = await call(app, w.admin, 'POST', `/enterprises/${enterpriseId}/reports`, {
      periodType: 'quarterly',
      filing,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    await call(app, w.admin, 'POST', `/reports/${id}/submit`, {});
    if (approve)
      expect((await call(app, w.analyst, 'POST', `/reports/${id}/approve`, {})).statusCode).toBe(200);
    return id;
  };

  /** The row the server should aggregate, rebuilt from what the API stored. */
  const rowOf = async (id: number, enterprise: IndicatorRow['enterprise']): Promise<IndicatorRow> => {
    const report = (await call(app, w.analyst, 'GET', `/reports/${id}`)).json();
    return {
      filing: report.filing,
      result: report.result,
      enterprise,
      year: Number(report.period.end.slice(0, 4)),
    };
  };

  beforeAll(async () => {
    app = await testApp(use());
    w = await reportWorld(use(), app);
    const c = await insertEnterprise(use(), {
      uscc: '91360100MA0000000C',
      districtCode: '360111',
      ownership: 'foreign',
      mainServiceCode: 'BPO-02',
    });
    const a = (id: number) => ({ id: String(id), districtCode: '360102', parkId: null, fdiFen: null });
    const enterpriseA = {
      ...a(w.enterpriseA),
      ownership: 'private',
      mainFocusArea: 'software-development',
    } as const;
    const enterpriseC = {
      ...a(c),
      districtCode: '360111',
      ownership: 'foreign',
      mainFocusArea: 'financial-services',
    } as const;
    const bigger = quarterFiling(2024, 1, { revenueCny: 5_000_000, employees: 150, electricityKwh: 120_000 });
    q1Rows.push(await rowOf(await file(w.enterpriseA, quarterFiling(2024, 1)), enterpriseA));
    q1Rows.push(await rowOf(await file(c, bigger), enterpriseC));
    rows.push(...q1Rows);
    rows.push(
      await rowOf(await file(w.enterpriseA, quarterFiling(2024, 2, { revenueCny: 4_000_000 })), enterpriseA),
    );
    rows.push(await rowOf(await file(w.enterpriseA, quarterFiling(2023, 1)), enterpriseA));
    // Submitted but not approved: must not count.
    await file(w.enterpriseB, quarterFiling(2024, 3), false);
  });
  afterAll(() => app.close());

  const get = async (query: string) => {
    const res = await call(app, w.analyst, 'GET', `/dashboard${query}`);
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  test('KPIs and series equal core aggregateCity over the same approved results', async () => {
    const body = await get('?year=2024');
    const current = aggregateCity(rows, 2024, BENCHMARK);
    const previous = aggregateCity(rows, 2023, BENCHMARK);
    expect(body.current).toEqual(current);
    expect(body.previous).toEqual(previous);
    const changes = compareYears(current, previous).changes;
    const revenue = body.tiles.find((t: { outcome: string }) => t.outcome === 'structure').items[0];
    expect(revenue).toMatchObject({
      key: 'structure.serviceOutsourcingRevenueCny',
      ...changes['structure.serviceOutsourcingRevenueCny'],
    });
    expect(body.tiles.map((t: { outcome: string }) => t.outcome)).toHaveLength(6);
    expect(body.current.values['lowCarbon.avoidedKgCo2e']).not.toBeNull();
    expect(body.series.quarters.map((p: { label: string }) => p.label)).toEqual([
      '2023Q1',
      '2024Q1',
      '2024Q2',
    ]);
    expect(body.series.quarters[1].values).toEqual(aggregateCity(q1Rows, 2024, BENCHMARK).values);
    expect(body.series.years.map((p: { year: number }) => p.year)).toEqual([2023, 2024]);
    expect(body.districts.map((d: { code: string }) => d.code)).toEqual(['360102', '360111']);
    expect(body.publishedSoftwareShare).toBe(0.873);
    expect(body.options.districts.map((d: { code: string }) => d.code)).toEqual(['360102', '360111']);
    expect(body.options.years).toEqual([2023, 2024]);
  });

  test('the year defaults to the latest approved one; a quarter narrows the KPIs to it', async () => {
    expect((await get('')).period).toEqual({ year: 2024, quarter: null, previousYear: 2023 });
    const q1 = await get('?year=2024&quarter=1');
    expect(q1.current).toEqual(aggregateCity(q1Rows, 2024, BENCHMARK));
    expect(q1.previous).toEqual(aggregateCity(rows, 2023, BENCHMARK));
  });

  test('district, ownership and class filters narrow the rows', async () => {
    const inC = aggregateCity(rows, 2024, { ...BENCHMARK, districtCode: '360111' });
    expect((await get('?year=2024&district=360111')).current).toEqual(inC);
    expect((await get('?year=2024&ownership=foreign')).current).toEqual(inC);
    const ito = await get('?year=2024&class=ITO');
    expect(ito.current).toEqual(aggregateCity(rows, 2024, { ...BENCHMARK, districtCode: '360102' }));
    expect(ito.filters).toEqual({ district: null, park: null, ownership: null, class: 'ITO' });
    expect((await get('?year=2024&park=999')).current.rowCount).toBe(0);
  });

  test('filers get 403; a malformed year is a 400 naming it', async () => {
    expect((await call(app, w.filerA, 'GET', '/dashboard?year=2024')).statusCode).toBe(403);
    const bad = await call(app, w.analyst, 'GET', '/dashboard?year=abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { path: string }) => i.path)).toEqual(['querystring.year']);
  });
});
