import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/app-context.ts';
import { errorsFor } from '../http/common.schemas.ts';
import { requireIfMatch, sendWithEtag } from '../http/etag.ts';
import { requireRole } from '../http/session.plugin.ts';
import { filingSettingsDto, filingSettingsInput } from '../settings/filing-settings.schema.ts';
import { SettingsService } from '../settings/settings.service.ts';

const tags = ['settings'];

/** Filing settings (admin): the yearly window in which contract executions are accepted. */
export const settingsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const service = new SettingsService(ctx.database, ctx.clock);

  app.get(
    '/settings/filing',
    {
      schema: {
        tags,
        summary: 'Filing settings with their ETag (admin); the built-in default until one is stored',
        response: { 200: filingSettingsDto, ...errorsFor(401, 403) },
      },
    },
    async (request, reply) => {
      requireRole(request, 'admin');
      const view = await service.filingSettings();
      return sendWithEtag(reply, view.etag, view.settings);
    },
  );

  app.put(
    '/settings/filing',
    {
      schema: {
        tags,
        summary: 'Replace the filing settings (admin; If-Match required)',
        body: filingSettingsInput,
        response: { 200: filingSettingsDto, ...errorsFor(400, 401, 403, 412, 428) },
      },
    },
    async (request, reply) => {
      const actor = requireRole(request, 'admin');
      const checkEtag = (etag: string) => requireIfMatch(request, etag);
      const view = await service.replaceFilingSettings(actor, request.body, checkEtag);
      return sendWithEtag(reply, view.etag, view.settings);
    },
  );
};
