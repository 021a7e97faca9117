import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthService } from '../auth/auth.service.ts';
import type { SessionWithUser } from '../auth/sessions.repository.ts';
import type { UserRow } from '../auth/users.repository.ts';
import { forbidden, HttpError, unauthorized } from './http-errors.ts';

export const SESSION_COOKIE = 'gs_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Routes an anonymous client may call with an unsafe method (there is no session yet to hold a token).
const CSRF_EXEMPT = new Set(['/api/v1/auth/login']);

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionWithUser | undefined;
  }
}

/** Resolves the session cookie on every request and enforces X-CSRF-Token on unsafe methods. */
export function installSessions(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('session', undefined);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    request.session = await auth.authenticate(token);
    const path = request.url.split('?')[0] ?? '';
    if (request.session && UNSAFE.has(request.method) && !CSRF_EXEMPT.has(path)) {
      if (request.headers['x-csrf-token'] !== request.session.csrfToken) {
        throw new HttpError(403, 'missing or wrong X-CSRF-Token header', [
          { path: 'headers.x-csrf-token', message: 'required for cookie-authenticated changes' },
        ]);
      }
    }
  });
}

export function requireUser(request: FastifyRequest): UserRow {
  if (!request.session) throw unauthorized();
  return request.session.user;
}

const RANK: Record<UserRow['role'], number> = { enterprise: 0, institute: 0, analyst: 1, admin: 2 };

/** analyst+ routes: analysts and admins. */
export function requireRole(request: FastifyRequest, minimum: 'analyst' | 'admin'): UserRow {
  const user = requireUser(request);
  if (RANK[user.role] < RANK[minimum]) throw forbidden();
  return user;
}
