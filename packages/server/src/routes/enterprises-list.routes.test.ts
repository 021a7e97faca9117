import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { testApp } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import { call, insertEnterprise, type ReportWorld, reportWorld } from '../../test/report.fixture.ts';

describeEachDatabase('enterprise list: focus area, client country, sort', (use) => {
  let app: FastifyInstance;
  let w: ReportWorld;
  const ids = { kpo: 0, bpo: 0 };

  beforeAll(async () => {
    app = await testApp(use());
    w = await reportWorld(use(), app);
    ids.kpo = await insertEnterprise(use(), {
      uscc: '91360100MA0000000K',
      mainServiceCode: 'KPO-01',
      districtCode: '360101',
    });
    ids.bpo = await insertEnterprise(use(), { uscc: '91360100MA0000000P', mainServiceCode: 'BPO-02' });
    const contract = await call(app, w.filerA, 'POST', `/enterprises/${w.enterpriseA}/contracts`, {
      clientName: 'Kyoto Bank',
      clientCountry: 'JP',
      serviceCode: 'ITO-01',
      signedOn: '2024-01-10',
      value: { currency: 'JPY', amount: '1000000', rateToCny: '0.048' },
    });
    expect(contract.statusCode).toBe(201);
  });
  afterAll(() => app.close());

  const idsOf = async (query: string) => {
    const res = await call(app, w.analyst, 'GET', `/enterprises?${query}`);
    expect(res.statusCode).toBe(200);
    return (res.json().items as { id: number }[]).map((i) => i.id);
  };

  test('focusArea keeps enterprises whose main service code is in that area', async () => {
    expect(await idsOf('focusArea=software-development')).toEqual([w.enterpriseA, w.enterpriseB]);
    expect(await idsOf('focusArea=research-design')).toEqual([ids.kpo]);
    expect(await idsOf('focusArea=other')).toEqual([]);
  });

  test('country keeps enterprises with a contract for a client there (case-insensitive code)', async () => {
    expect(await idsOf('country=jp')).toEqual([w.enterpriseA]);
    expect(await idsOf('country=US')).toEqual([]);
    expect((await call(app, w.analyst, 'GET', '/enterprises?country=XX')).statusCode).toBe(400);
  });

  test('sorts by uscc or district, ascending or descending, ties by id', async () => {
    expect(await idsOf('sort=uscc&order=desc')).toEqual([ids.bpo, ids.kpo, w.enterpriseB, w.enterpriseA]);
    expect(await idsOf('sort=district')).toEqual([ids.kpo, w.enterpriseA, w.enterpriseB, ids.bpo]);
    expect((await call(app, w.analyst, 'GET', '/enterprises?sort=size')).statusCode).toBe(400);
  });
});
