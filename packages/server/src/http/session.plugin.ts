import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthService } from '../auth/auth.service.ts';
import type { SessionWithUser } from '../auth/sessions.repository.ts';
import type { UserRow } from '../auth/users.repository.ts';
import { forbidden, HttpError, unauthorized } from './http-errors.ts';

export const SESSION_COOKIE = 'gs_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Routes an anonymous client may call with an unsafe method (there is no session yet to hold a token).
const CSRF_EXEMPT = new Set(['/api/v1/auth/login']);

/** Who is calling: a browser session (cookie + CSRF token) or a machine client (bearer token). */
export interface Principal {
  user: UserRow;
  via: 'cookie' | 'bearer';
}

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionWithUser | undefined;
    principal: Principal | undefined;
  }
}

/**
 * Resolves the caller on every request. Cookie-authenticated unsafe requests must carry the
 * session's X-CSRF-Token; bearer requests need none (a browser never attaches them by itself).
 */
export function installSessions(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('session', undefined);
  app.decorateRequest('principal', undefined);
  app.addHook('onRequest', async (request) => {
    const bearer = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (bearer) {
      const user = await auth.authenticateBearer(bearer);
      if (!user) throw new HttpError(401, 'invalid or revoked bearer token');
      request.principal = { user, via: 'bearer' };
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    request.session = await auth.authenticate(token);
    if (!request.session) return;
    request.principal = { user: request.session.user, via: 'cookie' };
    const path = request.url.split('?')[0] ?? '';
    if (UNSAFE.has(request.method) && !CSRF_EXEMPT.has(path)) {
      if (request.headers['x-csrf-token'] !== request.session.csrfToken) {
        throw new HttpError(403, 'missing or wrong X-CSRF-Token header', [
          { path: 'headers.x-csrf-token', message: 'required for cookie-authenticated changes' },
        ]);
      }
    }
  });
}

export function requireUser(request: FastifyRequest): UserRow {
  if (!request.principal) throw unauthorized();
  return request.principal.user;
}

const RANK: Record<UserRow['role'], number> = { enterprise: 0, institute: 0, analyst: 1, admin: 2 };

/** analyst+ routes: analysts and admins. */
export function requireRole(request: FastifyRequest, minimum: 'analyst' | 'admin'): UserRow {
  const user = requireUser(request);
  if (RANK[user.role] < RANK[minimum]) throw forbidden();
  return user;
}
