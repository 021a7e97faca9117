import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestUser, issuePathsOf, login, testApp } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import {
  type Client,
  clientOf,
  insertEnterpriseRow,
  insertFiler,
  insertPlaces,
  PASSWORD,
} from '../../test/enterprise.fixture.ts';
import type { Database } from '../db/dialect.ts';

const FACTOR = {
  id: 'test-grid-central-2023',
  kind: 'grid-location',
  region: 'central',
  year: 2023,
  value: '0.5257',
  unit: 'kgCO2/kWh',
  source: 'MEE 2023 regional grid factors (test)',
  publishedOn: '2024-12-23',
};

/** Factors and audit entries, to prove a refused request stored nothing. */
async function counts(database: Database): Promise<{ factors: number; audit: number }> {
  const n = async (table: 'emission_factors' | 'audit_log') =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const denied = await database.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', 'access.denied')
    .executeTakeFirstOrThrow();
  return { factors: await n('emission_factors'), audit: (await n('audit_log')) - Number(denied.n) };
}

describeEachDatabase('factor library routes', (use) => {
  let app: FastifyInstance;
  let admin: Client;
  let filer: Client;

  beforeAll(async () => {
    const database = use();
    const places = await insertPlaces(database);
    const enterpriseId = await insertEnterpriseRow(database, 1, places.honggutan);
    await createTestUser(database, 'admin@example.test', PASSWORD, 'admin');
    await insertFiler(database, 'filer@example.test', enterpriseId);
    app = await testApp(database);
    admin = clientOf(app, await login(app, 'admin@example.test', PASSWORD));
    filer = clientOf(app, await login(app, 'filer@example.test', PASSWORD));
  });
  afterAll(() => app.close());

  test('an admin adds a factor; everyone logged in reads it back; it is audited', async () => {
    const before = await counts(use());
    const res = await admin('POST', '/factors', FACTOR);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual(FACTOR);
    const list = await filer('GET', '/factors');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toContainEqual(FACTOR);
    expect(await counts(use())).toEqual({ factors: before.factors + 1, audit: before.audit + 1 });
  });

  test('a value of 0 is a real value, stored as "0"', async () => {
    const zero = { ...FACTOR, id: 'test-residual-zero', kind: 'grid-residual', value: '0' };
    expect((await admin('POST', '/factors', zero)).statusCode).toBe(201);
    const items = (await admin('GET', '/factors')).json().items;
    expect(items.find((f: { id: string }) => f.id === zero.id)?.value).toBe('0');
  });

  test('refused requests change nothing: duplicate id 409, filer 403, bad fields 400', async () => {
    const before = await counts(use());
    const dup = await admin('POST', '/factors', { ...FACTOR, source: 'another' });
    expect(dup.statusCode).toBe(409);
    expect(issuePathsOf(dup)).toEqual(['id']);
    expect((await filer('POST', '/factors', { ...FACTOR, id: 'test-filer' })).statusCode).toBe(403);
    for (const [field, bad] of [
      ['value', '-0.1'],
      ['value', 'abc'],
      ['kind', 'grid-magic'],
      ['region', 'atlantis'],
      ['publishedOn', '2024-13-01'],
      ['source', ''],
    ] as const) {
      const res = await admin('POST', '/factors', { ...FACTOR, id: 'test-bad', [field]: bad });
      expect(res.statusCode).toBe(400);
      expect(issuePathsOf(res)).toEqual([field]);
    }
    expect(await counts(use())).toEqual(before);
  });

  test('anonymous callers cannot read the library', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/factors' })).statusCode).toBe(401);
  });
});
