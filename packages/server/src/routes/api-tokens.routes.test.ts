import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { createTestUser, type LoggedIn, login, testApp } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';

const PASSWORD = 'violet harbour lantern';

describeEachDatabase('bearer tokens', (use) => {
  let app: FastifyInstance;
  let owner: LoggedIn;
  let other: LoggedIn;
  const headers = (s: LoggedIn, extra: Record<string, string> = {}) => ({
    cookie: s.cookie,
    'x-csrf-token': s.csrfToken,
    ...extra,
  });
  const create = (s: LoggedIn, name: string, extra: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/v1/tokens', headers: headers(s, extra), payload: { name } });
  const countTokens = async () =>
    Number(
      (
        await use()
          .db.selectFrom('api_tokens')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    await createTestUser(use(), 'erp@example.test', PASSWORD, 'enterprise');
    await createTestUser(use(), 'other@example.test', PASSWORD, 'enterprise');
    app = await testApp(use());
    owner = await login(app, 'erp@example.test', PASSWORD);
    other = await login(app, 'other@example.test', PASSWORD);
  });
  afterAll(() => app.close());

  test('the secret is shown once; only its sha256 is stored; listing never shows it', async () => {
    const res = await create(owner, 'ERP nightly');
    expect(res.statusCode).toBe(201);
    const { id, token } = res.json();
    expect(res.json()).toEqual({
      id,
      name: 'ERP nightly',
      token: expect.any(String),
      createdAt: expect.any(String),
    });
    const row = await use()
      .db.selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(token);
    const list = await app.inject({ url: '/api/v1/tokens', headers: { cookie: owner.cookie } });
    expect(list.json().items).toContainEqual({
      id,
      name: 'ERP nightly',
      createdAt: row.created_at,
      revokedAt: null,
    });
    expect(list.body).not.toContain(token);
  });

  test('a bearer request needs no CSRF header', async () => {
    const { token } = (await create(owner, 'no csrf')).json();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { authorization: `Bearer ${token}` },
      payload: { name: 'minted by a machine' },
    });
    expect(res.statusCode).toBe(201);
  });

  test('another user cannot see or revoke my token (404 naming id); I can, and then it answers 401', async () => {
    const { id, token } = (await create(owner, 'to revoke')).json();
    const bearer = { authorization: `Bearer ${token}` };
    const theirs = await app.inject({
      method: 'DELETE',
      url: `/api/v1/tokens/${id}`,
      headers: headers(other),
    });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().issues).toEqual([{ path: 'id', message: 'no such token' }]);
    await vi.waitFor(async () => {
      const denied = await use()
        .db.selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'access.denied')
        .where('entity_id', '=', `DELETE /api/v1/tokens/${id}`)
        .executeTakeFirst();
      expect(JSON.parse(denied?.detail_json ?? '{}')).toEqual({ status: 404, via: 'cookie' });
    });
    const listed = await app.inject({ url: '/api/v1/tokens', headers: { cookie: other.cookie } });
    expect(listed.json().items.map((t: { id: number }) => t.id)).not.toContain(id);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(200);

    const mine = await app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers: headers(owner) });
    expect(mine.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(401);
    const actions = await use()
      .db.selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'api_token')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['token.created', 'token.revoked']));
  });

  test('an idempotent retry returns the first response and creates nothing; another body is 422', async () => {
    const key = { 'idempotency-key': 'erp-token-2026-03' };
    const first = await create(owner, 'idempotent', key);
    const before = await countTokens();
    const retry = await create(owner, 'idempotent', key);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(await countTokens()).toBe(before);
    const clash = await create(owner, 'something else', key);
    expect(clash.statusCode).toBe(422);
    expect(clash.json().issues.map((i: { path: string }) => i.path)).toEqual(['headers.idempotency-key']);
    expect(await countTokens()).toBe(before);
  });

  test('a token name is required (400 naming name) and anonymous callers get 401', async () => {
    const before = await countTokens();
    const blank = await create(owner, '  ');
    expect(blank.statusCode).toBe(400);
    expect(blank.json().issues.map((i: { path: string }) => i.path)).toEqual(['name']);
    const anonymous = await app.inject({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'x' } });
    expect(anonymous.statusCode).toBe(401);
    expect(await countTokens()).toBe(before);
  });
});
