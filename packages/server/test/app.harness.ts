import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../src/auth/password.ts';
import { insertUser } from '../src/auth/users.repository.ts';
import type { Database } from '../src/db/dialect.ts';
import { buildApp } from '../src/http/app.ts';

/** A clock tests can move forward. */
export function testClock(startIso = '2026-03-01T08:00:00.000Z') {
  let now = new Date(startIso);
  return {
    now: () => new Date(now),
    advanceMinutes(minutes: number) {
      now = new Date(now.getTime() + minutes * 60_000);
    },
  };
}

export async function testApp(
  database: Database,
  clock = testClock(),
  limits: { uploadMaxBytes?: number } = {},
): Promise<FastifyInstance> {
  return buildApp({
    config: {
      logLevel: 'silent',
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      cookieSecure: false,
      ...limits,
    },
    database,
    clock: clock.now,
  });
}

export async function createTestUser(
  database: Database,
  email: string,
  password: string,
  role: 'admin' | 'analyst' | 'enterprise' | 'institute' = 'analyst',
): Promise<number> {
  return insertUser(database.db, {
    email,
    password_hash: await hashPassword(password),
    role,
    enterprise_id: null,
    institute_id: null,
    display_name: email,
    created_at: '2026-01-01T00:00:00.000Z',
  });
}

export interface LoggedIn {
  cookie: string;
  csrfToken: string;
}

export async function login(app: FastifyInstance, email: string, password: string): Promise<LoggedIn> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'gs_session');
  if (!cookie) throw new Error('no session cookie');
  return { cookie: `gs_session=${cookie.value}`, csrfToken: res.json().csrfToken };
}

/** The field paths an error answer names (every 4xx names the field at fault). */
export function issuePathsOf(res: { json(): { issues: { path: string }[] } }): string[] {
  return res.json().issues.map((i) => i.path);
}
