import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/app-context.ts';
import { errorsFor, idParams } from '../http/common.schemas.ts';
import { requireIfMatch, sendWithEtag } from '../http/etag.ts';
import { requireUser } from '../http/session.plugin.ts';
import {
  reportBody,
  reportDto,
  reportList,
  reportListQuery,
  versionList,
} from '../reports/report.schemas.ts';
import { ReportsService } from '../reports/reports.service.ts';
import { completenessRoutes } from './completeness.routes.ts';
import { indicatorsRoutes } from './indicators.routes.ts';
import { reportsWorkflowRoutes } from './reports-workflow.routes.ts';
import { reviewQueueRoutes } from './review-queue.routes.ts';

const tags = ['reports'];

/** Period reports: list, create, read, replace, versions; the workflow, completeness and indicators. */
export const reportsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const reports = new ReportsService(ctx);

  app.get(
    '/enterprises/:id/reports',
    {
      schema: {
        tags,
        summary: 'An enterprise’s period reports (analyst+, or its own filer)',
        params: idParams,
        querystring: reportListQuery,
        response: { 200: reportList, ...errorsFor(400, 401, 404) },
      },
    },
    async (request) => {
      const { limit, offset, ...filters } = request.query;
      return reports.list(requireUser(request), request.params.id, filters, { limit, offset });
    },
  );

  app.post(
    '/enterprises/:id/reports',
    {
      schema: {
        tags,
        summary: 'Create a draft report; the period comes from the filing (own filer, admin)',
        params: idParams,
        body: reportBody,
        response: { 201: reportDto, ...errorsFor(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const created = await reports.create(requireUser(request), request.params.id, request.body);
      return sendWithEtag(reply.status(201), created.etag, created.report);
    },
  );

  app.get(
    '/reports/:id',
    {
      schema: {
        tags,
        summary: 'A report with its computed result and plausibility flags; sends an ETag',
        params: idParams,
        response: { 200: reportDto, ...errorsFor(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const found = await reports.get(requireUser(request), request.params.id);
      return sendWithEtag(reply, found.etag, found.report);
    },
  );

  app.put(
    '/reports/:id',
    {
      schema: {
        tags,
        summary: 'Replace a draft or returned report with a new version (own filer; If-Match required)',
        params: idParams,
        body: reportBody,
        response: {
          200: reportDto,
          ...errorsFor(400, 401, 403, 404, 409, 412, 428),
        },
      },
    },
    async (request, reply) => {
      const check = (etag: string) => requireIfMatch(request, etag);
      const replaced = await reports.replace(requireUser(request), request.params.id, request.body, check);
      return sendWithEtag(reply, replaced.etag, replaced.report);
    },
  );

  app.get(
    '/reports/:id/versions',
    {
      schema: {
        tags,
        summary: 'Every version ever stored, oldest first: who, when, why, status and result',
        params: idParams,
        response: { 200: versionList, ...errorsFor(400, 401, 404) },
      },
    },
    async (request) => reports.versions(requireUser(request), request.params.id),
  );

  await app.register(reportsWorkflowRoutes, { ctx });
  await app.register(completenessRoutes, { ctx });
  await app.register(indicatorsRoutes, { ctx });
  await app.register(reviewQueueRoutes, { ctx });
};
