import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/app-context.ts';
import { errorsFor, idParams } from '../http/common.schemas.ts';
import { sendWithEtag } from '../http/etag.ts';
import { requireRole, requireUser } from '../http/session.plugin.ts';
import { amendBody, approveBody, reportDto, returnBody, submitBody } from '../reports/report.schemas.ts';
import { ReportWorkflowService } from '../reports/report-workflow.service.ts';
import type { WithEtag } from '../reports/reports.service.ts';

const response = { 200: reportDto, ...errorsFor(400, 401, 403, 404, 409, 422) };
const tags = ['reports'];

/** submit, approve, return, amend: each a POST that appends a version (spec/api.md). */
export const reportsWorkflowRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const workflow = new ReportWorkflowService(ctx);
  const schema = (summary: string) => ({ tags, summary, params: idParams, response });
  const send = (reply: Parameters<typeof sendWithEtag>[0], done: WithEtag) =>
    sendWithEtag(reply, done.etag, done.report);

  app.post(
    '/reports/:id/submit',
    { schema: { ...schema('Submit a draft or returned report for review (own filer)'), body: submitBody } },
    async (request, reply) =>
      send(reply, await workflow.submit(requireUser(request), request.params.id, request.body?.explanation)),
  );

  app.post(
    '/reports/:id/approve',
    {
      schema: {
        ...schema('Approve a submitted report (analyst+); flagged figures need an explanation'),
        body: approveBody,
      },
    },
    async (request, reply) =>
      send(reply, await workflow.approve(requireRole(request, 'analyst'), request.params.id)),
  );

  app.post(
    '/reports/:id/return',
    {
      schema: {
        ...schema('Return a submitted report to its filer with a reason (analyst+)'),
        body: returnBody,
      },
    },
    async (request, reply) =>
      send(
        reply,
        await workflow.return(requireRole(request, 'analyst'), request.params.id, request.body.reason),
      ),
  );

  app.post(
    '/reports/:id/amend',
    {
      schema: {
        ...schema('Amend an approved report: a new version with a reason, back under review'),
        body: amendBody,
      },
    },
    async (request, reply) =>
      send(reply, await workflow.amend(requireUser(request), request.params.id, request.body)),
  );
};
