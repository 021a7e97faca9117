import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestUser, issuePathsOf, login, testApp, testClock } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import {
  type Client,
  clientOf,
  insertEnterpriseRow,
  insertFiler,
  insertPlaces,
  PASSWORD,
  rowCounts,
} from '../../test/enterprise.fixture.ts';
import { DEFAULT_DEADLINES } from '../reports/filing-deadlines.ts';
import { DEFAULT_MANUFACTURING_BENCHMARK } from '../settings/indicator-settings.ts';

const CASES = [
  {
    path: '/settings/benchmark',
    fallback: DEFAULT_MANUFACTURING_BENCHMARK,
    next: { kgCo2ePer10kCnyValueAdded: 0, year: 2024, source: 'City statistics bureau 2024' },
    bad: [
      [{ ...DEFAULT_MANUFACTURING_BENCHMARK, kgCo2ePer10kCnyValueAdded: -1 }, 'kgCo2ePer10kCnyValueAdded'],
    ],
  },
  {
    path: '/settings/deadlines',
    fallback: DEFAULT_DEADLINES,
    next: { ...DEFAULT_DEADLINES, monthly: { dayOfNextMonth: 10 } },
    bad: [[{ ...DEFAULT_DEADLINES, annual: { month: 13, day: 1 } }, 'annual.month']],
  },
] as const;

describeEachDatabase('benchmark and deadline settings routes', (use) => {
  let app: FastifyInstance;
  let admin: Client;
  let analyst: Client;
  let filer: Client;
  const clock = testClock('2026-03-01T08:00:00.000Z');

  beforeAll(async () => {
    const database = use();
    const places = await insertPlaces(database);
    const enterpriseId = await insertEnterpriseRow(database, 1, places.honggutan);
    await createTestUser(database, 'admin@example.test', PASSWORD, 'admin');
    await createTestUser(database, 'analyst@example.test', PASSWORD, 'analyst');
    await insertFiler(database, 'filer@example.test', enterpriseId);
    app = await testApp(database, clock);
    admin = clientOf(app, await login(app, 'admin@example.test', PASSWORD));
    analyst = clientOf(app, await login(app, 'analyst@example.test', PASSWORD));
    filer = clientOf(app, await login(app, 'filer@example.test', PASSWORD));
  });
  afterAll(() => app.close());

  for (const c of CASES) {
    test(`${c.path}: default for analysts, hidden from filers`, async () => {
      const res = await analyst('GET', c.path);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ ...c.fallback, updatedAt: null });
      expect(res.headers.etag).toMatch(/-default"$/);
      expect((await filer('GET', c.path)).statusCode).toBe(403);
    });

    test(`${c.path}: refused writes (428, 412, 400 naming the field, 403) change nothing`, async () => {
      const before = await rowCounts(use());
      const etag = (await admin('GET', c.path)).headers.etag as string;
      expect((await admin('PUT', c.path, c.next)).statusCode).toBe(428);
      expect((await admin('PUT', c.path, c.next, { 'if-match': '"stale"' })).statusCode).toBe(412);
      for (const [body, field] of c.bad) {
        const res = await admin('PUT', c.path, body, { 'if-match': etag });
        expect(res.statusCode).toBe(400);
        expect(issuePathsOf(res)).toEqual([field]);
      }
      expect((await analyst('PUT', c.path, c.next, { 'if-match': etag })).statusCode).toBe(403);
      expect(await rowCounts(use())).toEqual(before);
    });

    test(`${c.path}: an admin replaces it with If-Match; the old ETag is then stale`, async () => {
      const etag = (await admin('GET', c.path)).headers.etag as string;
      const res = await admin('PUT', c.path, c.next, { 'if-match': etag });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ ...c.next, updatedAt: expect.stringMatching(/^2026-03-01T08/) });
      expect((await analyst('GET', c.path)).json()).toMatchObject(c.next);
      clock.advanceMinutes(1);
      expect((await admin('PUT', c.path, c.fallback, { 'if-match': etag })).statusCode).toBe(412);
      const again = await admin('PUT', c.path, c.fallback, { 'if-match': res.headers.etag as string });
      expect(again.statusCode).toBe(200);
    });
  }
});
