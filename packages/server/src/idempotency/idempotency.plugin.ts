import { createHash } from 'node:crypto';
import { canonicalJson } from '@greenshore/core';
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../auth/auth.service.ts';
import { type Database, isUniqueViolation } from '../db/dialect.ts';
import { HttpError } from '../http/http-errors.ts';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  findIdempotencyRecord,
  IN_PROGRESS,
  releaseIdempotencyKey,
} from './idempotency.repository.ts';

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyRecordId: number | undefined;
  }
}

const KEY_ISSUE = (message: string) => [{ path: 'headers.idempotency-key', message }];

/**
 * Idempotency-Key on POST (spec/api.md): a retry with the same key and body replays the first
 * response and creates nothing; the same key with another body answers 422. Keys are per user.
 */
export function installIdempotency(app: FastifyInstance, database: Database, clock: Clock): void {
  app.decorateRequest('idempotencyRecordId', undefined);
  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || typeof key !== 'string' || !request.principal) return;
    if (key.length < 1 || key.length > 255)
      throw new HttpError(400, 'invalid Idempotency-Key', KEY_ISSUE('1–255 characters'));
    const path = request.url.split('?')[0] ?? '';
    const hash = createHash('sha256').update(`POST ${path}\n`);
    // Uploads arrive as raw bytes: hash them as they are; canonical JSON is for JSON bodies (and would
    // walk a 20 MB Buffer byte by byte). Hashing in two parts equals hashing the joined text.
    if (Buffer.isBuffer(request.body)) hash.update(request.body);
    else hash.update(canonicalJson(request.body ?? null));
    const requestHash = hash.digest('hex');
    const userId = request.principal.user.id;
    const existing = await findIdempotencyRecord(database.db, userId, key);
    if (existing) {
      if (existing.request_hash !== requestHash) {
        throw new HttpError(
          422,
          'Idempotency-Key was used with another request',
          KEY_ISSUE('reused with a different body'),
        );
      }
      if (existing.status_code === IN_PROGRESS) {
        throw new HttpError(
          409,
          'a request with this Idempotency-Key is still running',
          KEY_ISSUE('in progress'),
        );
      }
      reply.header('idempotent-replayed', 'true').type('application/json').status(existing.status_code);
      return reply.send(existing.response_json);
    }
    try {
      const now = clock().toISOString();
      request.idempotencyRecordId = await claimIdempotencyKey(database.db, {
        userId,
        key,
        method: 'POST',
        path,
        requestHash,
        now,
      });
    } catch (err) {
      if (isUniqueViolation(err))
        throw new HttpError(
          409,
          'a request with this Idempotency-Key is still running',
          KEY_ISSUE('in progress'),
        );
      throw err;
    }
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const id = request.idempotencyRecordId;
    if (id === undefined) return payload;
    request.idempotencyRecordId = undefined;
    if (reply.statusCode >= 500) await releaseIdempotencyKey(database.db, id);
    else
      await completeIdempotencyKey(
        database.db,
        id,
        reply.statusCode,
        typeof payload === 'string' ? payload : '',
      );
    return payload;
  });
}
