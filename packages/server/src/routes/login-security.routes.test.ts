import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestUser, login, testApp, testClock } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';

const EMAIL = 'target@example.test';
const PASSWORD = 'violet harbour lantern';
const ATTACKER = '203.0.113.7';
const OWNER = '198.51.100.9';

describeEachDatabase('login security', (use) => {
  let app: FastifyInstance;
  const clock = testClock();
  const attempt = (password: string, remoteAddress: string, cookie?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress,
      ...(cookie ? { headers: { cookie } } : {}),
      payload: { email: EMAIL, password },
    });
  const me = (cookie: string) => app.inject({ url: '/api/v1/auth/me', headers: { cookie } });

  beforeAll(async () => {
    await createTestUser(use(), EMAIL, PASSWORD, 'enterprise');
    app = await testApp(use(), clock);
  });
  afterAll(() => app.close());

  test('session fixation: a planted session id is never promoted by login', async () => {
    const planted = 'gs_session=chosen-by-attacker';
    const res = await attempt(PASSWORD, OWNER, planted);
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'gs_session')?.value).not.toBe('chosen-by-attacker');
    expect((await me(planted)).statusCode).toBe(401);
  });

  test('logout replay: the old cookie is dead server-side after logout', async () => {
    const s = await login(app, EMAIL, PASSWORD);
    const out = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect((await me(s.cookie)).statusCode).toBe(401);
    const replay = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken },
      payload: { name: 'replayed' },
    });
    expect(replay.statusCode).toBe(401);
  });

  test('110 wrong passwords from one address are throttled; the owner elsewhere still logs in', async () => {
    const statuses: number[] = [];
    let throttled: Awaited<ReturnType<typeof attempt>> | undefined;
    for (let i = 0; i < 110; i++) {
      const res = await attempt(`wrong guess number ${i}`, ATTACKER);
      statuses.push(res.statusCode);
      if (res.statusCode === 429) throttled ??= res;
    }
    expect(statuses.slice(0, 100).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(100).every((s) => s === 429)).toBe(true);
    expect(Number(throttled?.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(throttled?.headers['retry-after'])).toBeLessThanOrEqual(3600);
    // Even the right password from the throttled address waits.
    expect((await attempt(PASSWORD, ATTACKER)).statusCode).toBe(429);
    expect((await attempt(PASSWORD, OWNER)).statusCode).toBe(200);
  });

  test('the throttle lifts once the failures leave the hour', async () => {
    clock.advanceMinutes(61);
    expect((await attempt(PASSWORD, ATTACKER)).statusCode).toBe(200);
  });
});
