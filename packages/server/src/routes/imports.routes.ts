import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  importDto,
  importKindParams,
  importListDto,
  importQuery,
  langQuery,
} from '../exchange/import.schemas.ts';
import { ImportService } from '../exchange/import.service.ts';
import { errorsXlsx } from '../exchange/import-errors.sheet.ts';
import { templateXlsx } from '../exchange/template.service.ts';
import { CONTENT_TYPES } from '../exports/export.service.ts';
import type { AppContext } from '../http/app-context.ts';
import { errorDto, errorsFor, idParams, listQuery } from '../http/common.schemas.ts';
import { requireUser } from '../http/session.plugin.ts';
import { registerSpreadsheetParsers, uploadFileName } from '../spreadsheets/upload-body.plugin.ts';

const tags = ['imports'];
const fileAnswer = z.any().describe('An XLSX workbook');

/** Spreadsheet templates and imports: uploads answer 202 at once; clients poll GET /imports/{id}. */
export const importsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const service = new ImportService(ctx);
  registerSpreadsheetParsers(app, ctx.config.uploadMaxBytes);

  app.get(
    '/imports/templates/:kind',
    {
      schema: {
        tags,
        summary: 'An import template: bilingual headers, a notes sheet and drop-down lists for codes',
        params: importKindParams,
        querystring: langQuery,
        response: { 200: fileAnswer, ...errorsFor(400, 401) },
      },
    },
    async (request, reply) => {
      const { kind } = request.params;
      const bytes = await templateXlsx(ctx.database, requireUser(request), kind, request.query.lang);
      return reply
        .header('content-type', CONTENT_TYPES.xlsx)
        .header('content-disposition', `attachment; filename="greenshore-${kind}-template.xlsx"`)
        .send(bytes);
    },
  );

  app.post(
    '/imports',
    {
      schema: {
        tags,
        summary:
          'Import a CSV or XLSX file (raw body; X-File-Name percent-encoded). Answers 202 at once: poll ' +
          'GET /imports/{id}. Enterprises: admin only; a filer imports only its own enterprise’s rows',
        querystring: importQuery,
        response: {
          202: importDto,
          ...errorsFor(400, 401, 403),
          413: errorDto.describe('The file is over the upload limit'),
        },
      },
      // Before the body is read: an anonymous caller must not make the server buffer an upload.
      onRequest: async (request) => void requireUser(request),
    },
    async (request, reply) => {
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const actor = requireUser(request);
      const fileName = uploadFileName(request.headers['x-file-name']);
      const { id, done } = await service.start(actor, { ...request.query, fileName, bytes });
      done.catch((err: unknown) => request.log.error({ err, importId: id }, 'import failed'));
      return reply.status(202).send(await service.get(actor, id));
    },
  );

  app.get(
    '/imports',
    {
      schema: {
        tags,
        summary: 'Imports, newest first (a filer: its enterprise’s)',
        querystring: listQuery,
        response: { 200: importListDto, ...errorsFor(400, 401) },
      },
    },
    async (request) => service.list(requireUser(request), request.query),
  );

  app.get(
    '/imports/:id',
    {
      schema: {
        tags,
        summary: 'An import with its progress, counts and the first row errors',
        params: idParams,
        response: { 200: importDto, ...errorsFor(400, 401, 404) },
      },
    },
    async (request) => service.get(requireUser(request), request.params.id),
  );

  app.get(
    '/imports/:id/errors.xlsx',
    {
      schema: {
        tags,
        summary: 'The row report of an import as XLSX: row, sheet, column, value, message',
        params: idParams,
        querystring: langQuery,
        response: { 200: fileAnswer, ...errorsFor(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const errors = await service.errors(requireUser(request), request.params.id);
      return reply
        .header('content-type', CONTENT_TYPES.xlsx)
        .header('content-disposition', `attachment; filename="import-${request.params.id}-errors.xlsx"`)
        .send(await errorsXlsx(errors, request.query.lang));
    },
  );
};
