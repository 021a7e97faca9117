import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import {
  createTestUser,
  issuePathsOf,
  type LoggedIn,
  login,
  testApp,
  testClock,
} from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import { verifyAuditChain } from '../audit/audit-verify.ts';
import type { Database } from '../db/dialect.ts';

const ADMIN = 'admin@example.test';
const FILER = 'filer@example.test';
const PASSWORD = 'violet harbour lantern';

async function insertEnterprise(database: Database): Promise<number> {
  const district = await database.db
    .insertInto('districts')
    .values({ code: '360102', city_code: '3601', province_code: '36', name_zh: '东湖区', name_en: 'Donghu' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const at = '2026-01-01T00:00:00.000Z';
  const row = await database.db
    .insertInto('enterprises')
    .values({
      uscc: '91360100MA00000001',
      name_zh: '赣江软件',
      name_en: 'Ganjiang Software',
      district_id: district.id,
      city_code: '3601',
      ownership: 'private',
      main_service_code: 'ITO-01',
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const countUsers = async (database: Database) =>
  Number(
    (
      await database.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describeEachDatabase('accounts routes', (use) => {
  let app: FastifyInstance;
  let admin: LoggedIn;
  let adminId: number;
  let enterpriseId: number;
  const clock = testClock();
  const asAdmin = (s = admin) => ({ cookie: s.cookie, 'x-csrf-token': s.csrfToken });
  const newUser = (over: Record<string, unknown> = {}) => ({
    email: 'new.analyst@example.test',
    password: PASSWORD,
    role: 'analyst',
    displayName: 'New Analyst',
    ...over,
  });

  beforeAll(async () => {
    adminId = await createTestUser(use(), ADMIN, PASSWORD, 'admin');
    await createTestUser(use(), FILER, PASSWORD, 'enterprise');
    enterpriseId = await insertEnterprise(use());
    app = await testApp(use(), clock);
    admin = await login(app, ADMIN, PASSWORD);
  });
  afterAll(() => app.close());

  const post = (payload: object, headers = asAdmin()) =>
    app.inject({ method: 'POST', url: '/api/v1/users', headers, payload });

  test('an admin creates an account that can log in; the write is audited', async () => {
    const res = await post(newUser());
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe(`"user-${res.json().id}-v1"`);
    expect(res.json()).toMatchObject({ email: 'new.analyst@example.test', role: 'analyst', disabled: false });
    await login(app, 'new.analyst@example.test', PASSWORD);
    const audit = await use()
      .db.selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.created')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_user_id: adminId, entity_id: String(res.json().id) });
  });

  describe('refused creations name the field and change nothing', () => {
    test.each([
      ['11 characters', newUser({ email: 'a@example.test', password: 'x7#kq9!mz2p' }), 400, 'password'],
      ['a common password', newUser({ email: 'b@example.test', password: 'Password1234' }), 400, 'password'],
      ['a taken email', newUser({ email: 'NEW.analyst@example.test' }), 409, 'email'],
      [
        'a filer without enterprise',
        newUser({ email: 'c@example.test', role: 'enterprise' }),
        400,
        'enterpriseId',
      ],
      [
        'a missing enterprise',
        newUser({ email: 'd@example.test', role: 'enterprise', enterpriseId: 999_999 }),
        400,
        'enterpriseId',
      ],
      [
        'an analyst with an institute',
        newUser({ email: 'e@example.test', instituteId: 1 }),
        400,
        'instituteId',
      ],
      ['an unknown role', newUser({ email: 'f@example.test', role: 'root' }), 400, 'role'],
      ['an unknown key', newUser({ email: 'g@example.test', status: 'x' }), 400, 'status'],
    ])('%s → %i naming %s', async (_, payload, status, field) => {
      const before = await countUsers(use());
      const res = await post(payload);
      expect(res.statusCode).toBe(status);
      expect(issuePathsOf(res)).toContain(field);
      expect(await countUsers(use())).toBe(before);
    });
  });

  test('an enterprise filer account points at an existing enterprise', async () => {
    const res = await post(newUser({ email: 'filer2@example.test', role: 'enterprise', enterpriseId }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ role: 'enterprise', enterpriseId, instituteId: null });
  });

  test('a filer calling admin routes gets 403, and nothing is created', async () => {
    const filer = await login(app, FILER, PASSWORD);
    const before = await countUsers(use());
    expect((await app.inject({ url: '/api/v1/users', headers: { cookie: filer.cookie } })).statusCode).toBe(
      403,
    );
    const res = await post(newUser({ email: 'h@example.test' }), asAdmin(filer));
    expect(res.statusCode).toBe(403);
    expect(await countUsers(use())).toBe(before);
    await vi.waitFor(async () => {
      const denied = await use()
        .db.selectFrom('audit_log')
        .select('entity_id')
        .where('action', '=', 'access.denied')
        .execute();
      expect(denied.map((d) => d.entity_id)).toEqual(
        expect.arrayContaining(['GET /api/v1/users', 'POST /api/v1/users']),
      );
    });
  });

  test('POST /users without the CSRF token is 403 naming the header; nothing is created', async () => {
    const before = await countUsers(use());
    const res = await post(newUser({ email: 'i@example.test' }), { cookie: admin.cookie } as never);
    expect(res.statusCode).toBe(403);
    expect(issuePathsOf(res)).toEqual(['headers.x-csrf-token']);
    expect(await countUsers(use())).toBe(before);
  });

  test('GET /users lists with limit and offset', async () => {
    const all = await app.inject({ url: '/api/v1/users?limit=500', headers: { cookie: admin.cookie } });
    const page = await app.inject({
      url: '/api/v1/users?limit=1&offset=1',
      headers: { cookie: admin.cookie },
    });
    expect(all.json().total).toBe(await countUsers(use()));
    expect(page.json()).toEqual({ items: [all.json().items[1]], total: all.json().total });
    const bad = await app.inject({ url: '/api/v1/users?limit=0', headers: { cookie: admin.cookie } });
    expect(bad.statusCode).toBe(400);
    expect(issuePathsOf(bad)).toContain('querystring.limit');
  });

  test('GET /users/{id} of nobody is 404 naming id', async () => {
    const res = await app.inject({ url: '/api/v1/users/999999', headers: { cookie: admin.cookie } });
    expect(res.statusCode).toBe(404);
    expect(issuePathsOf(res)).toEqual(['id']);
  });

  test('the OpenAPI document lists the account and token routes', async () => {
    const doc = (await app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/users',
        '/api/v1/users/{id}',
        '/api/v1/tokens',
        '/api/v1/tokens/{id}',
      ]),
    );
    expect(doc.paths['/api/v1/users'].post.responses).toHaveProperty('409');
  });

  test('after all of the above the audit chain verifies intact', async () => {
    await vi.waitFor(async () => expect((await verifyAuditChain(use().db)).intact).toBe(true));
  });
});
