import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiTokensService } from '../auth/api-tokens.service.ts';
import type { AppContext } from '../http/app-context.ts';
import { errorsFor, idParams, listOf, listQuery } from '../http/common.schemas.ts';
import { requireUser } from '../http/session.plugin.ts';
import { newTokenBody, newTokenDto, tokenDto, toTokenDto } from './accounts.schemas.ts';

/** Bearer tokens of the caller, for machine clients such as an enterprise's ERP. */
export const apiTokensRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tokens = new ApiTokensService(ctx.database, ctx.clock);
  const tags = ['tokens'];

  app.post(
    '/tokens',
    {
      schema: {
        tags,
        summary: 'Create a bearer token; the secret is in this response only',
        body: newTokenBody,
        response: { 201: newTokenDto, ...errorsFor(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const created = await tokens.create(user, request.body.name);
      reply.header('cache-control', 'no-store');
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/tokens',
    {
      schema: {
        tags,
        summary: 'Your bearer tokens (never their secrets)',
        querystring: listQuery,
        response: { 200: listOf(tokenDto), ...errorsFor(400, 401) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const page = await tokens.listOwn(user, request.query);
      return { items: page.items.map(toTokenDto), total: page.total };
    },
  );

  app.delete(
    '/tokens/:id',
    {
      schema: {
        tags,
        summary: 'Revoke one of your bearer tokens; it answers 401 from then on',
        params: idParams,
        response: { 204: z.null(), ...errorsFor(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await tokens.revokeOwn(user, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
