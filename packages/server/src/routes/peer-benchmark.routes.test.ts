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

describeEachDatabase('peer benchmark route', (use) => {
  let app: FastifyInstance;
  let w: ReportWorld;
  const peers: number[] = [];
  const peerTonnes: number[] = [];

  /** Admin keys in a filing for any enterprise; the analyst approves it. Returns the stored result. */
  const approved = async (enterpriseId: number, filing: unknown) => {
    const created = await call(app, w.admin, 'POST', `/enterprises/${enterpriseId}/reports`, {
      periodType: 'quarterly',
      filing,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(
      (await call(app, w.admin, 'POST', `/reports/${id}/submit`, { explanation: 'ok' })).statusCode,
    ).toBe(200);
    const done = await call(app, w.analyst, 'POST', `/reports/${id}/approve`, {});
    expect(done.statusCode).toBe(200);
    return done.json().result;
  };

  beforeAll(async () => {
    app = await testApp(use());
    w = await reportWorld(use(), app);
    await approved(w.enterpriseA, quarterFiling(2024, 1));
    await approved(w.enterpriseA, quarterFiling(2023, 1));
    for (let i = 0; i < 5; i++) {
      const id = await insertEnterprise(use(), { uscc: `91360100MA00000P${i}X`, mainServiceCode: 'ITO-06' });
      peers.push(id);
      const result = await approved(id, quarterFiling(2024, 1, { electricityKwh: 50_000 + i * 20_000 }));
      peerTonnes.push(result.emissions.totalLocationKgCo2e / 1000);
    }
    // Another focus area: must not count as a peer.
    const other = await insertEnterprise(use(), { uscc: '91360100MA00000Q1X', mainServiceCode: 'BPO-01' });
    await approved(other, quarterFiling(2024, 1, { electricityKwh: 9_000_000 }));
    // Only two peers in 2023.
    await approved(peers[0] as number, quarterFiling(2023, 1));
    await approved(peers[1] as number, quarterFiling(2023, 1));
  });
  afterAll(() => app.close());

  test('own figures and the quartiles of five same-focus-area peers', async () => {
    const res = await call(app, w.filerA, 'GET', `/enterprises/${w.enterpriseA}/benchmark?year=2024`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.focusArea).toBe('software-development');
    expect(body.peerCount).toBe(5);
    const sorted = [...peerTonnes].sort((a, b) => a - b);
    // With five values, type-7 quartiles fall exactly on the 2nd, 3rd and 4th value.
    expect(body.peers.footprintLocationTCo2e).toEqual({ p25: sorted[1], p50: sorted[2], p75: sorted[3] });
    const own = (await call(app, w.filerA, 'GET', `/enterprises/${w.enterpriseA}/reports?year=2024`)).json();
    const result = own.items[0].result;
    expect(body.own.footprintLocationTCo2e).toBe(result.emissions.totalLocationKgCo2e / 1000);
    expect(body.own.valueAddedCny).toBe(result.valueAdded.valueAddedCny);
    expect(body.own.intensityKgCo2ePer10kCny).toBeCloseTo(result.intensities.kgCo2ePer10kCnyValueAdded, 9);
  });

  test('the answer names no other enterprise: no peer id, name or code', async () => {
    const res = await call(app, w.analyst, 'GET', `/enterprises/${w.enterpriseA}/benchmark?year=2024`);
    const text = res.body;
    for (const id of peers) expect(text).not.toMatch(new RegExp(`"enterpriseId":${id}[,}]`));
    expect(text).not.toMatch(/企业|Enterprise |MA00000P/);
    expect(Object.keys(res.json()).sort()).toEqual(
      ['enterpriseId', 'focusArea', 'minPeers', 'own', 'peerCount', 'peers', 'year'].sort(),
    );
  });

  test('fewer than five peers: peers is null, with the count', async () => {
    const body = (
      await call(app, w.filerA, 'GET', `/enterprises/${w.enterpriseA}/benchmark?year=2023`)
    ).json();
    expect(body.peerCount).toBe(2);
    expect(body.peers).toBeNull();
    expect(body.own).not.toBeNull();
  });

  test('another tenant’s filer and unknown ids get 404', async () => {
    const cross = await call(app, w.filerB, 'GET', `/enterprises/${w.enterpriseA}/benchmark?year=2024`);
    expect(cross.statusCode).toBe(404);
    expect(cross.body).not.toContain('footprint');
    expect((await call(app, w.analyst, 'GET', '/enterprises/999999/benchmark')).statusCode).toBe(404);
  });
});
