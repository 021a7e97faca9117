import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/app-context.ts';
import { errorsFor } from '../http/common.schemas.ts';
import { requireIfMatch, sendWithEtag } from '../http/etag.ts';
import { requireRole } from '../http/session.plugin.ts';
import {
  DEFAULT_MANUFACTURING_BENCHMARK,
  MANUFACTURING_BENCHMARK_KEY,
  manufacturingBenchmarkSchema,
} from '../settings/indicator-settings.ts';
import { JsonSettingService } from '../settings/json-setting.service.ts';

const tags = ['settings'];
const benchmarkDto = manufacturingBenchmarkSchema.extend({ updatedAt: z.string().nullable() });

/** The manufacturing benchmark avoided emissions are measured against (read analyst+, set admin). */
export const settingsIndicatorsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const service = new JsonSettingService(ctx.database, ctx.clock, {
    key: MANUFACTURING_BENCHMARK_KEY,
    label: 'benchmark',
    schema: manufacturingBenchmarkSchema,
    fallback: DEFAULT_MANUFACTURING_BENCHMARK,
  });

  app.get(
    '/settings/benchmark',
    {
      schema: {
        tags,
        summary: "The city's manufacturing carbon-intensity benchmark with its ETag (analyst+)",
        response: { 200: benchmarkDto, ...errorsFor(401, 403) },
      },
    },
    async (request, reply) => {
      requireRole(request, 'analyst');
      const view = await service.read();
      return sendWithEtag(reply, view.etag, { ...view.value, updatedAt: view.updatedAt });
    },
  );

  app.put(
    '/settings/benchmark',
    {
      schema: {
        tags,
        summary: 'Replace the manufacturing benchmark (admin; If-Match required)',
        body: manufacturingBenchmarkSchema,
        response: { 200: benchmarkDto, ...errorsFor(400, 401, 403, 412, 428) },
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
