import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HttpError } from './http-errors.ts';

/**
 * One error shape for the whole API: `{error, issues:[{path, message}]}`. Unexpected errors are
 * logged with the request id and answered without SQL, stack traces or data.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const issues = err.validation.map((v) => ({
        path:
          [where === 'body' ? '' : where, ...v.instancePath.split('/').filter(Boolean)]
            .filter(Boolean)
            .join('.') || where,
        message: v.message ?? 'invalid',
      }));
      return reply.status(400).send({ error: 'invalid request', issues });
    }
    if (err instanceof HttpError) {
      return reply
        .status(err.statusCode)
        .headers(err.headers)
        .send({ error: err.message, issues: err.issues });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own 4xx (malformed JSON, body too large, wrong content type, rate limit) still name where.
      const path = err.code?.startsWith('FST_ERR_CTP') ? 'body' : 'request';
      return reply
        .status(err.statusCode)
        .send({ error: err.message, issues: [{ path, message: err.message }] });
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: 'internal error', issues: [], requestId: request.id });
  });
}
