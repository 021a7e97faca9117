import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ensureFactorLibrary } from '../src/seed/reference-data.ts';
import { createTestUser, type LoggedIn, login, testApp, testClock } from './app.harness.ts';
import { describeEachDatabase } from './databases.harness.ts';
import { insertFiler, PASSWORD, validUscc } from './enterprise.fixture.ts';
import { call, insertEnterprise, quarterFiling } from './report.fixture.ts';

/**
 * spec/api.md "Tenant isolation", as a property: random sequences of operations by three
 * enterprises' filers and two analysts; no response to a filer ever carries another enterprise's
 * data, every cross-tenant id answers 404, and nothing answers 5xx.
 */
interface Tenant {
  enterpriseId: number;
  uscc: string;
  marker: string;
  filer: LoggedIn;
  reports: number[];
  contracts: number[];
  executions: number[];
}

const OPS = [
  'readEnterprise',
  'listReports',
  'readReport',
  'readVersions',
  'createReport',
  'submitReport',
  'approveReport',
  'returnReport',
  'createContract',
  'listContracts',
  'readContract',
  'createExecution',
  'listExecutions',
  'listEnterprises',
] as const;
const opArb = fc.record({
  actor: fc.integer({ min: 0, max: 4 }), // 0–2 filers of tenants 0–2, 3–4 analysts
  op: fc.constantFrom(...OPS),
  target: fc.integer({ min: 0, max: 2 }),
  pick: fc.nat(),
});
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

describeEachDatabase('tenant isolation under random operations', (use) => {
  let app: FastifyInstance;
  const tenants: Tenant[] = [];
  const analysts: LoggedIn[] = [];

  beforeAll(async () => {
    const database = use();
    await ensureFactorLibrary(database.db, '2026-01-01T00:00:00.000Z');
    app = await testApp(database, testClock('2025-01-10T02:00:00.000Z'));
    for (const i of [0, 1, 2]) {
      const uscc = validUscc(9100 + i);
      const enterpriseId = await insertEnterprise(database, { uscc });
      await insertFiler(database, `tenant${i}@example.test`, enterpriseId);
      const filer = await login(app, `tenant${i}@example.test`, PASSWORD);
      tenants.push({
        enterpriseId,
        uscc,
        marker: `marker-of-tenant-${i}`,
        filer,
        reports: [],
        contracts: [],
        executions: [],
      });
    }
    for (const i of [0, 1]) {
      await createTestUser(database, `analyst${i}@example.test`, PASSWORD, 'analyst');
      analysts.push(await login(app, `analyst${i}@example.test`, PASSWORD));
    }
  });
  afterAll(() => app.close());

  const pickOf = (ids: number[], pick: number) => (ids.length ? ids[pick % ids.length] : 999_999);

  async function run({ actor, op, target, pick }: Op): Promise<LightMyRequestResponse> {
    const who = actor < 3 ? (tenants[actor] as Tenant).filer : (analysts[actor - 3] as LoggedIn);
    const t = tenants[target] as Tenant;
    const e = t.enterpriseId;
    const report = pickOf(t.reports, pick);
    const contract = pickOf(t.contracts, pick);
    switch (op) {
      case 'readEnterprise':
        return call(app, who, 'GET', `/enterprises/${e}`);
      case 'listReports':
        return call(app, who, 'GET', `/enterprises/${e}/reports`);
      case 'readReport':
        return call(app, who, 'GET', `/reports/${report}`);
      case 'readVersions':
        return call(app, who, 'GET', `/reports/${report}/versions`);
      case 'createReport':
        return call(app, who, 'POST', `/enterprises/${e}/reports`, {
          periodType: 'quarterly',
          filing: quarterFiling(2024, ((pick % 4) + 1) as 1 | 2 | 3 | 4),
        });
      case 'submitReport':
        return call(app, who, 'POST', `/reports/${report}/submit`, { explanation: `${t.marker} explained` });
      case 'approveReport':
        return call(app, who, 'POST', `/reports/${report}/approve`, {});
      case 'returnReport':
        return call(app, who, 'POST', `/reports/${report}/return`, { reason: 'please check the figures' });
      case 'createContract':
        return call(app, who, 'POST', `/enterprises/${e}/contracts`, {
          clientName: `Client of ${t.marker}`,
          clientCountry: 'JP',
          serviceCode: 'ITO-01',
          signedOn: '2024-03-01',
          value: { currency: 'CNY', amount: '100000' },
        });
      case 'listContracts':
        return call(app, who, 'GET', `/enterprises/${e}/contracts`);
      case 'readContract':
        return call(app, who, 'GET', `/contracts/${contract}`);
      case 'createExecution':
        return call(app, who, 'POST', `/contracts/${contract}/executions`, {
          periodStart: '2024-04-01',
          periodEnd: '2024-06-30',
          amount: '5000',
        });
      case 'listExecutions':
        return call(app, who, 'GET', `/contracts/${contract}/executions`);
      case 'listEnterprises':
        return call(app, who, 'GET', '/enterprises');
    }
  }

  function remember(op: Op, res: LightMyRequestResponse): void {
    if (res.statusCode !== 201 && res.statusCode !== 200) return;
    const t = tenants[op.target] as Tenant;
    const id = (res.json() as { id?: number }).id;
    if (id === undefined) return;
    if (op.op === 'createReport') t.reports.push(id);
    if (op.op === 'createContract') t.contracts.push(id);
    if (op.op === 'createExecution') t.executions.push(id);
  }

  function assertIsolation(op: Op, res: LightMyRequestResponse): void {
    expect(res.statusCode, `${op.op} answered ${res.statusCode}: ${res.body}`).toBeLessThan(500);
    if (op.actor >= 3) return;
    const own = tenants[op.actor] as Tenant;
    const others = tenants.filter((t) => t !== own);
    for (const other of others) {
      expect(res.body).not.toContain(other.uscc);
      expect(res.body).not.toContain(other.marker);
    }
    for (const id of enterpriseIdsIn(res.body)) expect(id).toBe(own.enterpriseId);
    const analystOnly = op.op === 'listEnterprises' || op.op === 'approveReport' || op.op === 'returnReport';
    if (op.target !== op.actor && !analystOnly) expect(res.statusCode).toBe(404);
  }

  test('no filer ever sees another enterprise’s data', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 25 }), async (ops) => {
        for (const op of ops) {
          const res = await run(op);
          remember(op, res);
          assertIsolation(op, res);
        }
      }),
      { numRuns: 20 },
    );
  }, 240_000);
});

/** Every `enterpriseId` value anywhere in a JSON body. */
function enterpriseIdsIn(body: string): number[] {
  const ids: number[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (k === 'enterpriseId' && typeof child === 'number') ids.push(child);
        walk(child);
      }
    }
  };
  if (body) walk(JSON.parse(body));
  return ids;
}
