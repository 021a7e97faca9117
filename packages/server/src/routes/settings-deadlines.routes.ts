import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/app-context.ts';
import { errorsFor } from '../http/common.schemas.ts';
import { requireIfMatch, sendWithEtag } from '../http/etag.ts';
import { requireRole } from '../http/session.plugin.ts';
import { DEADLINES_SETTING_KEY, DEFAULT_DEADLINES, deadlinesSchema } from '../reports/filing-deadlines.ts';
import { JsonSettingService } from '../settings/json-setting.service.ts';

const tags = ['settings'];
const deadlinesDto = deadlinesSchema.extend({ updatedAt: z.string().nullable() });

/** When period reports are due (read analyst+, set admin). */
export const settingsDeadlinesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const service = new JsonSettingService(ctx.database, ctx.clock, {
    key: DEADLINES_SETTING_KEY,
    label: 'deadlines',
    schema: deadlinesSchema,
    fallback: DEFAULT_DEADLINES,
  });

  app.get(
    '/settings/deadlines',
    {
      schema: {
        tags,
        summary: 'Filing deadlines by period type with their ETag (analyst+)',
        response: { 200: deadlinesDto, ...errorsFor(401, 403) },
      },
    },
    async (request, reply) => {
      requireRole(request, 'analyst');
      const view = await service.read();
      return sendWithEtag(reply, view.etag, { ...view.value, updatedAt: view.updatedAt });
    },
  );

  app.put(
    '/settings/deadlines',
    {
      schema: {
        tags,
        summary: 'Replace the filing deadlines (admin; If-Match required)',
        body: deadlinesSchema,
        response: { 200: deadlinesDto, ...errorsFor(400, 401, 403, 412, 428) },
      },
    },
    async (request, reply) => {
      const actor = requireRole(request, 'admin');
      const checkEtag = (etag: string) => requireIfMatch(request, etag);
      const view = await service.replace(actor, request.body, checkEtag);
      return sendWithEtag(reply, view.etag, { ...view.value, updatedAt: view.updatedAt });
    },
  );
};
