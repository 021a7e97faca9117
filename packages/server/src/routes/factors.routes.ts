import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { factorDto, newFactorBody } from '../factors/factor.schemas.ts';
import { FactorsService } from '../factors/factors.service.ts';
import type { AppContext } from '../http/app-context.ts';
import { errorsFor } from '../http/common.schemas.ts';
import { requireRole, requireUser } from '../http/session.plugin.ts';
import { settingsDeadlinesRoutes } from './settings-deadlines.routes.ts';
import { settingsIndicatorsRoutes } from './settings-indicators.routes.ts';

const tags = ['factors'];

/** The emission-factor library, plus the admin settings the indicators and deadlines read. */
export const factorsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const service = new FactorsService(ctx.database, ctx.clock);

  app.get(
    '/factors',
    {
      schema: {
        tags,
        summary: 'The emission-factor library as stored (any logged-in user)',
        response: {
          200: z.object({ items: z.array(factorDto), total: z.number().int() }),
          ...errorsFor(401),
        },
      },
    },
    async (request) => {
      requireUser(request);
      const items = await service.list();
      return { items, total: items.length };
    },
  );

  app.post(
    '/factors',
    {
      schema: {
        tags,
        summary: 'Add a factor with its source (admin); ids are never reused',
        body: newFactorBody,
        response: { 201: factorDto, ...errorsFor(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const admin = requireRole(request, 'admin');
      reply.status(201);
      return service.add(admin, request.body);
    },
  );

  await app.register(settingsIndicatorsRoutes, { ctx });
  await app.register(settingsDeadlinesRoutes, { ctx });
};
