import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AccountUpdateService } from '../auth/account-update.service.ts';
import { AccountsService } from '../auth/accounts.service.ts';
import type { AppContext } from '../http/app-context.ts';
import { errorDto, errorsFor, idParams, listOf } from '../http/common.schemas.ts';
import { etagOf, requireIfMatch, sendWithEtag } from '../http/etag.ts';
import { requireRole, requireUser } from '../http/session.plugin.ts';
import {
  accountDto,
  accountPatchBody,
  newAccountBody,
  passwordChangeBody,
  toAccountDto,
  usersQuery,
} from './accounts.schemas.ts';
import { apiTokensRoutes } from './api-tokens.routes.ts';

const etagOfUser = (u: { id: number; row_version: number }) => etagOf('user', u.id, u.row_version);

/** User accounts (admin) and the caller's own password and bearer tokens. */
export const accountsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const accounts = new AccountsService(ctx.database, ctx.clock);
  const updates = new AccountUpdateService(ctx.database, ctx.clock);
  const tags = ['accounts'];

  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'List user accounts (admin)',
        querystring: usersQuery,
        response: { 200: listOf(accountDto), ...errorsFor(400, 401, 403) },
      },
    },
    async (request) => {
      requireRole(request, 'admin');
      const { limit, offset, role } = request.query;
      const page = await accounts.list({ role }, { limit, offset });
      return { items: page.items.map(toAccountDto), total: page.total };
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Create a user account (admin); filers need their enterprise or institute',
        body: newAccountBody,
        response: { 201: accountDto, ...errorsFor(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const admin = requireRole(request, 'admin');
      const user = await accounts.create(admin, request.body);
      return sendWithEtag(reply.status(201), etagOfUser(user), toAccountDto(user));
    },
  );

  app.get(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Read a user account (admin); the ETag is needed to change it',
        params: idParams,
        response: { 200: accountDto, ...errorsFor(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      requireRole(request, 'admin');
      const user = await accounts.get(request.params.id);
      return sendWithEtag(reply, etagOfUser(user), toAccountDto(user));
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Change role, name or disable (admin); disabling ends sessions and revokes tokens',
        params: idParams,
        body: accountPatchBody,
        response: {
          200: accountDto,
          ...errorsFor(400, 401, 403, 404, 409, 412, 428),
        },
      },
    },
    async (request, reply) => {
      const admin = requireRole(request, 'admin');
      const checkVersion = (current: { id: number; row_version: number }) =>
        requireIfMatch(request, etagOfUser(current));
      const user = await updates.update(admin, request.params.id, request.body, checkVersion);
      return sendWithEtag(reply, etagOfUser(user), toAccountDto(user));
    },
  );

  app.post(
    '/users/me/password',
    {
      config: { rateLimit: { max: 10, timeWindow: '10 minutes' } },
      schema: {
        tags,
        summary: 'Change your own password; your other sessions end',
        body: passwordChangeBody,
        response: { 204: z.null(), ...errorsFor(400, 401, 403, 422), 429: errorDto },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await updates.changeOwnPassword(user, request.session?.sessionId, request.body);
      return reply.status(204).send(null);
    },
  );

  await app.register(apiTokensRoutes, { ctx });
};
