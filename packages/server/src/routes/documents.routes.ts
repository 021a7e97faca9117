import { LANGUAGES } from '@greenshore/core';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DocumentsService, type PdfFile } from '../documents/documents.service.ts';
import type { AppContext } from '../http/app-context.ts';
import { errorDto, errorsFor, idParams } from '../http/common.schemas.ts';
import { requireRole, requireUser } from '../http/session.plugin.ts';

const tags = ['documents'];
const lang = z.enum(LANGUAGES).default('zh-CN');
const year = z.coerce.number().int().min(1990).max(2100);
const pdfAnswer = z.any().describe('The PDF document (application/pdf attachment)');
const answers = {
  200: pdfAnswer,
  ...errorsFor(400, 401, 404),
  503: errorDto.describe('The PDF font is missing on the server'),
};

const sendPdf = (reply: FastifyReply, file: PdfFile) =>
  reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .send(file.bytes);

/** The PDF documents: the city's annual report, an enterprise's statement and a client carbon statement. */
export const documentsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const documents = new DocumentsService(ctx);

  app.get(
    '/documents/annual-report',
    {
      schema: {
        tags,
        summary: 'The city’s annual report “Service Outsourcing and the Low-carbon Economy” (analyst+)',
        querystring: z.object({ year, lang }),
        response: { ...answers, ...errorsFor(403) },
      },
    },
    async (request, reply) => {
      requireRole(request, 'analyst');
      return sendPdf(reply, await documents.annualReport(request.query.year, request.query.lang));
    },
  );

  app.get(
    '/reports/:id/statement.pdf',
    {
      schema: {
        tags,
        summary: 'Enterprise carbon and value statement of a report (analyst+ or its own filer)',
        params: idParams,
        querystring: z.object({ lang }),
        response: answers,
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      return sendPdf(reply, await documents.enterpriseStatement(user, request.params.id, request.query.lang));
    },
  );

  app.get(
    '/contracts/:id/carbon-statement.pdf',
    {
      schema: {
        tags,
        summary: 'Client carbon statement of a contract for a year: GHG Protocol Scope 3 category 1',
        params: idParams,
        querystring: z.object({ year, lang }),
        response: answers,
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const { year: y, lang: l } = request.query;
      return sendPdf(reply, await documents.clientStatement(user, request.params.id, y, l));
    },
  );
};
