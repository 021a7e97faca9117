import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { enterpriseDto, enterpriseListDto } from '../enterprises/enterprise.dto.ts';
import {
  createEnterpriseBody,
  enterpriseListQuery,
  patchEnterpriseBody,
} from '../enterprises/enterprise-input.schemas.ts';
import { EnterprisesService } from '../enterprises/enterprises.service.ts';
import type { AppContext } from '../http/app-context.ts';
import { errorsFor, idParams } from '../http/common.schemas.ts';
import { requireIfMatch, sendWithEtag } from '../http/etag.ts';
import { requireRole, requireUser } from '../http/session.plugin.ts';
import { contractsRoutes } from './contracts.routes.ts';
import { settingsRoutes } from './settings.routes.ts';

const tags = ['enterprises'];

/** Enterprise profiles; registers the contracts and settings routes of the same area. */
export const enterprisesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const service = new EnterprisesService(ctx.database, ctx.clock);

  app.get(
    '/enterprises',
    {
      schema: {
        tags,
        summary: 'List enterprises (analyst+), filtered by name/USCC text, district, ownership or main code',
        querystring: enterpriseListQuery,
        response: { 200: enterpriseListDto, ...errorsFor(400, 401, 403) },
      },
    },
    async (request) => {
      requireRole(request, 'analyst');
      return service.list(request.query);
    },
  );

  app.post(
    '/enterprises',
    {
      schema: {
        tags,
        summary: 'Register an enterprise (admin); 409 naming uscc when the credit code is taken',
        body: createEnterpriseBody,
        response: { 201: enterpriseDto, ...errorsFor(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const actor = requireRole(request, 'admin');
      const view = await service.create(actor, request.body);
      return sendWithEtag(reply.status(201), view.etag, view.dto);
    },
  );

  app.get(
    '/enterprises/:id',
    {
      schema: {
        tags,
        summary: 'Read an enterprise profile with its ETag (analyst+ or its own filer)',
        params: idParams,
        response: { 200: enterpriseDto, ...errorsFor(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const view = await service.get(requireUser(request), request.params.id);
      return sendWithEtag(reply, view.etag, view.dto);
    },
  );

  app.patch(
    '/enterprises/:id',
    {
      schema: {
        tags,
        summary:
          'Update a profile (analyst+ or its own filer; If-Match required). uscc, districtCode, tase and ' +
          'taseValidTo are the bureau’s: a filer sending them gets 403 naming them. certifications, when ' +
          'sent, replace the whole set.',
        params: idParams,
        body: patchEnterpriseBody,
        response: { 200: enterpriseDto, ...errorsFor(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const checkEtag = (etag: string) => requireIfMatch(request, etag);
      const view = await service.update(actor, request.params.id, request.body, checkEtag);
      return sendWithEtag(reply, view.etag, view.dto);
    },
  );

  await app.register(contractsRoutes, { ctx });
  await app.register(settingsRoutes, { ctx });
};
