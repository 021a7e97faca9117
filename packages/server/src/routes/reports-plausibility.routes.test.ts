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

const codes = (report: { flags: { code: string }[] }) => report.flags.map((f) => f.code);

describeEachDatabase('plausibility flags on stored versions', (use) => {
  let app: FastifyInstance;
  let w: ReportWorld;
  const peers: number[] = [];

  const create = (enterpriseId: number, filing: unknown) =>
    call(app, w.admin, 'POST', `/enterprises/${enterpriseId}/reports`, { periodType: 'quarterly', filing });
  const approve = async (id: number) => {
    await call(app, w.admin, 'POST', `/reports/${id}/submit`, {});
    expect((await call(app, w.analyst, 'POST', `/reports/${id}/approve`, {})).statusCode).toBe(200);
  };

  beforeAll(async () => {
    app = await testApp(use());
    w = await reportWorld(use(), app);
    // Five software-development peers (ITO-01) with 800–1000 kWh per employee in 2024 Q4; one
    // research-design enterprise (KPO-01) whose figures must not count as a peer.
    for (let i = 0; i < 5; i++) {
      const id = await insertEnterprise(use(), { uscc: `91360100MA000000P${i}` });
      peers.push(id);
      const res = await create(id, quarterFiling(2024, 4, { electricityKwh: 80_000 + i * 5_000 }));
      await approve(res.json().id);
    }
    const other = await insertEnterprise(use(), { uscc: '91360100MA000000KX', mainServiceCode: 'KPO-01' });
    await approve((await create(other, quarterFiling(2024, 4, { electricityKwh: 100 }))).json().id);
  });
  afterAll(() => app.close());

  test('electricity per employee far outside the focus-area peers is flagged', async () => {
    const mwh = await create(w.enterpriseA, quarterFiling(2025, 1, { electricityKwh: 90 }));
    expect(mwh.statusCode).toBe(201);
    expect(codes(mwh.json())).toEqual(['peer.electricityPerEmployee']);
    const normal = await create(w.enterpriseB, quarterFiling(2025, 1, { electricityKwh: 95_000 }));
    expect(codes(normal.json())).toEqual([]);
  });

  test('a research-design enterprise has too few peers of its own focus area: no peer flag', async () => {
    const id = await insertEnterprise(use(), { uscc: '91360100MA000000KY', mainServiceCode: 'KPO-01' });
    const res = await create(id, quarterFiling(2025, 1, { electricityKwh: 90 }));
    expect(codes(res.json())).toEqual([]);
  });

  test('jumps against the previous approved period: revenue in 10k yuan, labour with no employees', async () => {
    const peer = peers[0] as number;
    // CNY 3.5M filed as 350 (in 10k yuan) while the taxes stay in yuan.
    const slip = {
      ...quarterFiling(2025, 1, { electricityKwh: 80_000 }),
      revenue: [{ category: 'ITO-01', amountCny: 350, clientCountry: 'JP' }],
    };
    const res = await create(peer, slip);
    expect(codes(res.json())).toEqual(['jump.revenue', 'taxes.aboveRevenue']);
    const noStaff = quarterFiling(2025, 2, { employees: 0, electricityKwh: 0 });
    const res2 = await create(peers[1] as number, {
      ...noStaff,
      employees: { average: 0, collegeEducated: 0 },
    });
    expect(codes(res2.json())).toEqual(
      expect.arrayContaining(['jump.electricity', 'jump.employees', 'labour.noEmployees']),
    );
  });
});
