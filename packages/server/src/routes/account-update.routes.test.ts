import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  createTestUser,
  issuePathsOf,
  type LoggedIn,
  login,
  testApp,
  testClock,
} from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';

const PASSWORD = 'violet harbour lantern';

describeEachDatabase('account changes', (use) => {
  let app: FastifyInstance;
  let admin: LoggedIn;
  let adminId: number;
  const clock = testClock();
  const headers = (s: LoggedIn, extra: Record<string, string> = {}) => ({
    cookie: s.cookie,
    'x-csrf-token': s.csrfToken,
    ...extra,
  });
  const read = (id: number) => app.inject({ url: `/api/v1/users/${id}`, headers: { cookie: admin.cookie } });
  const patch = (id: number, payload: object, ifMatch?: string) =>
    app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      headers: headers(admin, ifMatch ? { 'if-match': ifMatch } : {}),
      payload,
    });
  const userRow = (id: number) =>
    use().db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    adminId = await createTestUser(use(), 'admin@example.test', PASSWORD, 'admin');
    app = await testApp(use(), clock);
    admin = await login(app, 'admin@example.test', PASSWORD);
  });
  afterAll(() => app.close());

  test('PATCH needs If-Match: missing 428, stale 412, current 200 with a new ETag; audited', async () => {
    const id = await createTestUser(use(), 'rename@example.test', PASSWORD);
    const etag = (await read(id)).headers.etag as string;
    expect(etag).toBe(`"user-${id}-v1"`);
    const missing = await patch(id, { displayName: 'Renamed' });
    expect(missing.statusCode).toBe(428);
    expect(issuePathsOf(missing)).toEqual(['headers.if-match']);
    const ok = await patch(id, { displayName: 'Renamed' }, etag);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ displayName: 'Renamed', version: 2 });
    expect(ok.headers.etag).toBe(`"user-${id}-v2"`);
    const stale = await patch(id, { displayName: 'Again' }, etag);
    expect(stale.statusCode).toBe(412);
    expect((await userRow(id)).display_name).toBe('Renamed');
    const audit = await use()
      .db.selectFrom('audit_log')
      .select('detail_json')
      .where('action', '=', 'user.updated')
      .where('entity_id', '=', String(id))
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail_json)).toEqual({
      from: { display_name: 'rename@example.test' },
      to: { display_name: 'Renamed' },
    });
  });

  test('an admin can neither disable nor demote themselves (409 naming the field; nothing changes)', async () => {
    const etag = (await read(adminId)).headers.etag as string;
    for (const [payload, field] of [
      [{ disabled: true }, 'disabled'],
      [{ role: 'analyst' }, 'role'],
    ] as const) {
      const res = await patch(adminId, payload, etag);
      expect(res.statusCode).toBe(409);
      expect(issuePathsOf(res)).toEqual([field]);
    }
    expect(await userRow(adminId)).toMatchObject({ role: 'admin', disabled_at: null, row_version: 1 });
  });

  test('an empty or unknown-key PATCH is a 400 and changes nothing', async () => {
    const id = await createTestUser(use(), 'empty@example.test', PASSWORD);
    const etag = (await read(id)).headers.etag as string;
    expect((await patch(id, {}, etag)).statusCode).toBe(400);
    const unknown = await patch(id, { email: 'x@example.test' }, etag);
    expect(unknown.statusCode).toBe(400);
    const promote = await patch(id, { role: 'enterprise' }, etag);
    expect(promote.statusCode).toBe(400);
    expect(issuePathsOf(promote)).toEqual(['enterpriseId']);
    expect((await userRow(id)).row_version).toBe(1);
  });

  test('disabling ends the live session and revokes the token server-side; login then fails', async () => {
    const id = await createTestUser(use(), 'leaver@example.test', PASSWORD, 'enterprise');
    const session = await login(app, 'leaver@example.test', PASSWORD);
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: headers(session),
      payload: { name: 'erp' },
    });
    const bearer = { authorization: `Bearer ${created.json().token}` };
    expect((await app.inject({ url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(200);

    const res = await patch(id, { disabled: true }, (await read(id)).headers.etag as string);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ disabled: true, disabledAt: clock.now().toISOString() });

    expect(
      (await app.inject({ url: '/api/v1/auth/me', headers: { cookie: session.cookie } })).statusCode,
    ).toBe(401);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(401);
    const live = await use()
      .db.selectFrom('sessions')
      .select('id')
      .where('user_id', '=', id)
      .where('ended_at', 'is', null)
      .execute();
    expect(live).toEqual([]);
    const tokens = await use()
      .db.selectFrom('api_tokens')
      .select('revoked_at')
      .where('user_id', '=', id)
      .execute();
    expect(tokens.every((t) => t.revoked_at !== null)).toBe(true);
    await expect(login(app, 'leaver@example.test', PASSWORD)).rejects.toThrow(/401/);

    const enable = await patch(id, { disabled: false }, res.headers.etag as string);
    expect(enable.json().disabled).toBe(false);
    await login(app, 'leaver@example.test', PASSWORD);
  });

  test('a session of a user disabled behind the application’s back ends at its next request', async () => {
    const id = await createTestUser(use(), 'direct@example.test', PASSWORD);
    const session = await login(app, 'direct@example.test', PASSWORD);
    await use()
      .db.updateTable('users')
      .set({ disabled_at: clock.now().toISOString() })
      .where('id', '=', id)
      .execute();
    expect(
      (await app.inject({ url: '/api/v1/auth/me', headers: { cookie: session.cookie } })).statusCode,
    ).toBe(401);
    const row = await use()
      .db.selectFrom('sessions')
      .select('ended_at')
      .where('user_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.ended_at).not.toBeNull();
  });

  test('changing your own password: policy and current password checked, other sessions end', async () => {
    await createTestUser(use(), 'mover@example.test', PASSWORD);
    const here = await login(app, 'mover@example.test', PASSWORD);
    const elsewhere = await login(app, 'mover@example.test', PASSWORD);
    const change = (payload: object) =>
      app.inject({ method: 'POST', url: '/api/v1/users/me/password', headers: headers(here), payload });

    const common = await change({ currentPassword: PASSWORD, newPassword: 'qwertyuiop123' });
    expect(common.statusCode).toBe(400);
    expect(issuePathsOf(common)).toEqual(['newPassword']);
    const wrong = await change({ currentPassword: 'not my password', newPassword: 'amber-river-stone-77' });
    expect(wrong.statusCode).toBe(400);
    expect(issuePathsOf(wrong)).toEqual(['currentPassword']);

    expect(
      (await change({ currentPassword: PASSWORD, newPassword: 'amber-river-stone-77' })).statusCode,
    ).toBe(204);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie: here.cookie } })).statusCode).toBe(
      200,
    );
    expect(
      (await app.inject({ url: '/api/v1/auth/me', headers: { cookie: elsewhere.cookie } })).statusCode,
    ).toBe(401);
    await expect(login(app, 'mover@example.test', PASSWORD)).rejects.toThrow(/401/);
    await login(app, 'mover@example.test', 'amber-river-stone-77');
  });
});
