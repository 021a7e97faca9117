import type { FastifyInstance } from 'fastify';
import type { Clock } from '../auth/auth.service.ts';
import type { Database } from '../db/dialect.ts';
import { recordAudit } from './audit.repository.ts';

const DENIED = new Set([403, 404]);

/**
 * Records every 403 or 404 the API answers to a logged-in user as 'access.denied': a filer probing
 * other tenants' ids (which answer 404 by design) leaves a trace the bureau can review. Runs after
 * the response is sent, so it adds no latency; a failure to record is logged, never answered.
 */
export function installDeniedAccessAudit(app: FastifyInstance, database: Database, clock: Clock): void {
  app.addHook('onResponse', async (request, reply) => {
    const user = request.principal?.user;
    const path = (request.url.split('?')[0] ?? '').slice(0, 512);
    if (!user || !DENIED.has(reply.statusCode) || !path.startsWith('/api/')) return;
    try {
      await recordAudit(database.db, database.kind, {
        at: clock().toISOString(),
        actorUserId: user.id,
        action: 'access.denied',
        entity: 'route',
        entityId: `${request.method} ${path}`,
        detail: { status: reply.statusCode, via: request.principal?.via ?? null },
      });
    } catch (err) {
      request.log.error({ err }, 'could not record denied access in the audit log');
    }
  });
}
