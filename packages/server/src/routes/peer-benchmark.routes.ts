import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { benchmarkDto, benchmarkQuery } from '../benchmark/benchmark.schemas.ts';
import { BenchmarkService } from '../benchmark/benchmark.service.ts';
import type { AppContext } from '../http/app-context.ts';
import { errorsFor, idParams } from '../http/common.schemas.ts';
import { requireUser } from '../http/session.plugin.ts';

/** GET /enterprises/{id}/benchmark: own yearly figures against anonymised focus-area peers. */
export const peerBenchmarkRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const benchmark = new BenchmarkService(ctx);
  app.get(
    '/enterprises/:id/benchmark',
    {
      schema: {
        tags: ['benchmark'],
        summary:
          'Own footprint, value added and intensity for a year against P25/P50/P75 of the focus-area ' +
          'peers (at least five, never named); own filer or analyst+',
        params: idParams,
        querystring: benchmarkQuery,
        response: { 200: benchmarkDto, ...errorsFor(400, 401, 404) },
      },
    },
    async (request) => benchmark.forEnterprise(requireUser(request), request.params.id, request.query.year),
  );
};
