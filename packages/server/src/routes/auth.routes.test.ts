import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestUser, login, testApp, testClock } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';

const EMAIL = 'analyst@example.test';
const PASSWORD = 'correct horse battery';

describeEachDatabase('auth routes', (use, kind) => {
  let app: FastifyInstance;
  const clock = testClock();

  beforeAll(async () => {
    await createTestUser(use(), EMAIL, PASSWORD);
    app = await testApp(use(), clock);
  });
  afterAll(() => app.close());

  test('health names the database', async () => {
    const res = await app.inject({ url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: kind });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  test('login sets an HttpOnly SameSite=Lax cookie and returns the user with a CSRF token', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: EMAIL, password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'gs_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(res.json()).toMatchObject({
      user: { email: EMAIL, role: 'analyst', enterpriseId: null },
      csrfToken: expect.any(String),
    });
    const me = await app.inject({
      url: '/api/v1/auth/me',
      headers: { cookie: `gs_session=${cookie?.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(EMAIL);
  });

  test('wrong password and unknown email answer the same 401', async () => {
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: EMAIL, password: 'nope-nope-nope' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@example.test', password: 'nope-nope-nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  test('a login body missing a field is a 400 naming it', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: EMAIL } });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues.map((i: { path: string }) => i.path)).toContain('password');
  });

  test('logout needs the CSRF token, then the old cookie is dead (no replay)', async () => {
    const s = await login(app, EMAIL, PASSWORD);
    const noToken = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie },
    });
    expect(noToken.statusCode).toBe(403);
    const out = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken },
    });
    expect(out.statusCode).toBe(204);
    const replay = await app.inject({ url: '/api/v1/auth/me', headers: { cookie: s.cookie } });
    expect(replay.statusCode).toBe(401);
  });

  test('a planted cookie is never promoted by login (no fixation)', async () => {
    const planted = 'gs_session=attacker-chosen-value';
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { cookie: planted },
      payload: { email: EMAIL, password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'gs_session')?.value).not.toBe('attacker-chosen-value');
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie: planted } })).statusCode).toBe(401);
  });

  test('a session idle past 30 minutes is over', async () => {
    const s = await login(app, EMAIL, PASSWORD);
    clock.advanceMinutes(31);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie: s.cookie } })).statusCode).toBe(
      401,
    );
  });

  test('the OpenAPI document lists the auth routes', async () => {
    const res = await app.inject({ url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().openapi).toBe('3.1.0');
    expect(Object.keys(res.json().paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/health']),
    );
  });

  test('every login and failed login is in the hash-chained audit log', async () => {
    const rows = await use()
      .db.selectFrom('audit_log')
      .select(['action', 'prev_hash', 'hash'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['auth.login', 'auth.login.failed', 'auth.logout']),
    );
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
  });
});
