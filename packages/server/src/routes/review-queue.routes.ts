import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/app-context.ts';
import { errorsFor } from '../http/common.schemas.ts';
import { requireRole } from '../http/session.plugin.ts';
import { reviewQueueList, reviewQueueQuery } from '../reports/review-queue.schemas.ts';
import { ReviewQueueService } from '../reports/review-queue.service.ts';

/** GET /reports: the bureau's review queue across enterprises (analyst+; filers 403). */
export const reviewQueueRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const queue = new ReviewQueueService(ctx);
  app.get(
    '/reports',
    {
      schema: {
        tags: ['reports'],
        summary: 'Reports across enterprises with flag count and explanation presence, oldest change first',
        querystring: reviewQueueQuery,
        response: { 200: reviewQueueList, ...errorsFor(400, 401, 403) },
      },
    },
    async (request) => {
      requireRole(request, 'analyst');
      return queue.list(request.query);
    },
  );
};
