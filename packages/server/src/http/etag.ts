import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './http-errors.ts';

/** A strong ETag from a resource's kind, id and row version (changes with every stored change). */
export function etagOf(kind: string, id: number, version: number): string {
  return `"${kind}-${id}-v${version}"`;
}

export function sendWithEtag<T>(reply: FastifyReply, etag: string, body: T): T {
  reply.header('etag', etag);
  return body;
}

/**
 * Optimistic concurrency (spec/api.md): PUT/PATCH must send If-Match with the current ETag;
 * missing → 428, stale → 412. Call inside the write transaction, after reading the current version.
 */
export function requireIfMatch(request: FastifyRequest, currentEtag: string): void {
  const given = request.headers['if-match'];
  if (!given) {
    throw new HttpError(428, 'If-Match header required', [
      { path: 'headers.if-match', message: 'send the ETag from your last GET' },
    ]);
  }
  const candidates = given.split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (!candidates.includes(currentEtag)) throw staleEtag('resource', `current ETag is ${currentEtag}`);
}

/**
 * 412 for a stale If-Match; also for a write that passed the check but lost the race to another
 * writer between its read and its conditional update.
 */
export function staleEtag(resource: string, hint: string): HttpError {
  return new HttpError(412, `the ${resource} changed since you read it`, [
    { path: 'headers.if-match', message: `stale; ${hint}` },
  ]);
}
