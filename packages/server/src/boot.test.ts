import { DEFAULT_FACTOR_LIBRARY } from '@greenshore/core';
import { expect, test } from 'vitest';
import { describeEachDatabase, freshTarget, testDialects } from '../test/databases.harness.ts';
import { type RunningServer, startServer } from './boot.ts';
import { loadConfig } from './config/config.ts';
import type { DatabaseTarget, DialectKind } from './db/dialect.ts';
import { seedDemoCity } from './seed/demo.service.ts';

const PASSWORD = 'boot-test-password-1';

function configFor(target: DatabaseTarget, demo: boolean) {
  return {
    ...loadConfig({ LOG_LEVEL: 'silent', PORT: '0' }),
    database: target,
    demo,
    demoPassword: PASSWORD,
  };
}

async function withServer<T>(kind: DialectKind, demo: boolean, fn: (s: RunningServer) => Promise<T>) {
  const place = await freshTarget(kind);
  const server = await startServer(configFor(place.target, demo));
  try {
    return await fn(server);
  } finally {
    await server.stop();
    await place.dispose();
  }
}

for (const kind of testDialects()) {
  test(`[${kind}] first start seeds the demo city, serves health and the demo analyst login`, async () => {
    await withServer(kind, true, async (server) => {
      expect(server.seed).toMatchObject({ seeded: true, generatedPassword: null });
      const health = await (await fetch(`${server.url}/api/v1/health`)).json();
      expect(health).toMatchObject({ status: 'ok', database: kind });
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'analyst@demo.greenshore.cn', password: PASSWORD }),
      });
      expect(login.status).toBe(200);
      expect((await login.json()).user.role).toBe('analyst');
    });
  }, 120_000);

  test(`[${kind}] GREENSHORE_DEMO=0 seeds nothing`, async () => {
    await withServer(kind, false, async (server) => {
      expect(server.seed).toBeNull();
      const users = await server.database.db.selectFrom('users').select('id').execute();
      expect(users).toEqual([]);
    });
  });
}

describeEachDatabase('demo city as stored', (use) => {
  test('seeds once, and never over existing data', async () => {
    const opts = {
      password: PASSWORD,
      library: DEFAULT_FACTOR_LIBRARY,
      now: new Date('2025-01-10T00:00:00Z'),
    };
    const first = await seedDemoCity(use(), opts);
    expect(first.seeded).toBe(true);
    const before = await use().db.selectFrom('reports').select('id').execute();
    expect(await seedDemoCity(use(), opts)).toEqual({ seeded: false, reason: 'not-empty' });
    expect((await use().db.selectFrom('reports').select('id').execute()).length).toBe(before.length);
  }, 120_000);

  test("2024's software share of approved service-outsourcing revenue is the city's 87.3% ± 0.5%", async () => {
    const rows = await use()
      .db.selectFrom('reports as r')
      .innerJoin('report_versions as v', (j) =>
        j.onRef('v.report_id', '=', 'r.id').onRef('v.version', '=', 'r.current_version'),
      )
      .select('v.result_json')
      .where('r.status', '=', 'approved')
      .where('r.period_start', '>=', '2024-01-01')
      .where('r.period_end', '<=', '2024-12-31')
      .execute();
    expect(rows.length).toBeGreaterThan(500);
    let software = 0;
    let outsourcing = 0;
    for (const { result_json } of rows) {
      const s = JSON.parse(result_json).structure;
      software += (s.byFocusArea['software-development'] ?? 0) + (s.byFocusArea['software-testing'] ?? 0);
      outsourcing += s.serviceOutsourcingRevenueCny;
    }
    expect(Math.abs(software / outsourcing - 0.873)).toBeLessThanOrEqual(0.005);
  });
});
