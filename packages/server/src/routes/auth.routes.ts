import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuthService } from '../auth/auth.service.ts';
import type { UserRow } from '../auth/users.repository.ts';
import { errorDto } from '../http/common.schemas.ts';
import { HttpError } from '../http/http-errors.ts';
import { requireUser, SESSION_COOKIE } from '../http/session.plugin.ts';

const userDto = z.object({
  id: z.number().int(),
  email: z.string(),
  role: z.enum(['admin', 'analyst', 'enterprise', 'institute']),
  enterpriseId: z.number().int().nullable(),
  instituteId: z.number().int().nullable(),
});
const sessionDto = z.object({ user: userDto, csrfToken: z.string() });

export function toUserDto(u: UserRow): z.infer<typeof userDto> {
  return {
    id: u.id,
    email: u.email,
    role: u.role,
    enterpriseId: u.enterprise_id,
    instituteId: u.institute_id,
  };
}

export interface AuthRoutesOptions {
  auth: AuthService;
  cookieSecure: boolean;
}

/** POST /auth/login, POST /auth/logout, GET /auth/me (spec/api.md "Auth"). */
export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, { auth, cookieSecure }) => {
  app.post(
    '/auth/login',
    {
      config: { rateLimit: { max: 200, timeWindow: '10 minutes' } },
      schema: {
        tags: ['auth'],
        summary: 'Log in with email and password; sets the HttpOnly session cookie',
        body: z
          .object({ email: z.string().min(3).max(254), password: z.string().min(1).max(1024) })
          .meta({ examples: [{ email: 'analyst@demo.greenshore.cn', password: 'your-password' }] }),
        response: { 200: sessionDto, 400: errorDto, 401: errorDto, 429: errorDto },
      },
    },
    async (request, reply) => {
      const outcome = await auth.login(request.body.email, request.body.password, request.ip);
      if (outcome.kind === 'throttled') {
        throw new HttpError(429, 'too many failed attempts; try again later', [], {
          'retry-after': String(outcome.retryAfterSeconds),
        });
      }
      // Same message whether the email exists or not.
      if (outcome.kind === 'invalid') throw new HttpError(401, 'wrong email or password');
      reply.setCookie(SESSION_COOKIE, outcome.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: cookieSecure,
        path: '/',
      });
      return { user: toUserDto(outcome.user), csrfToken: outcome.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the session server-side (cookie sessions send X-CSRF-Token)',
        response: { 204: z.null(), 403: errorDto },
      },
    },
    async (request, reply) => {
      if (request.session) await auth.logout(request.session);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      schema: { tags: ['auth'], summary: 'The logged-in user', response: { 200: sessionDto, 401: errorDto } },
    },
    async (request) => {
      const user = requireUser(request);
      return { user: toUserDto(user), csrfToken: request.session?.csrfToken ?? '' };
    },
  );
};
