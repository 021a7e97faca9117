import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { installDeniedAccessAudit } from '../audit/denied-access.hook.ts';
import { AuthService, type Clock } from '../auth/auth.service.ts';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/dialect.ts';
import { installIdempotency } from '../idempotency/idempotency.plugin.ts';
import { registerApiRoutes } from './api-routes.ts';
import { installErrorHandler } from './error-handler.ts';
import { fieldNamingValidatorCompiler } from './field-naming.validator.ts';
import { installOpenApi } from './openapi.plugin.ts';
import { installSessions } from './session.plugin.ts';
import { installWebAppAndFallback } from './web-static.plugin.ts';

export interface AppDeps {
  config: Pick<Config, 'logLevel' | 'sessionIdleMinutes' | 'sessionAbsoluteHours' | 'cookieSecure'> &
    Partial<Pick<Config, 'uploadMaxBytes' | 'pdfFontPath'>>;
  database: Database;
  clock: Clock;
  /** Folder of the built web app; omitted in API-only tests. */
  webDistDir?: string;
}

/** The Fastify app: every route under /api/v1, OpenAPI, sessions with CSRF, and the web app at /. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: deps.config.logLevel },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 2 * 1024 * 1024,
  });
  app.setValidatorCompiler(fieldNamingValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installErrorHandler(app);

  await app.register(helmet, {
    // The swagger UI at /docs needs inline styles and scripts of its own.
    contentSecurityPolicy: {
      directives: { 'script-src': ["'self'", "'unsafe-inline'"], 'style-src': ["'self'", "'unsafe-inline'"] },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await installOpenApi(app);

  const auth = new AuthService(deps.database, deps.clock, {
    idleMinutes: deps.config.sessionIdleMinutes,
    absoluteHours: deps.config.sessionAbsoluteHours,
    maxFailedPerHour: 100,
  });
  installSessions(app, auth);
  installDeniedAccessAudit(app, deps.database, deps.clock);

  installIdempotency(app, deps.database, deps.clock);
  await registerApiRoutes(app, { database: deps.database, clock: deps.clock, auth, config: deps.config });
  await installWebAppAndFallback(app, deps.webDistDir);
  return app;
}
