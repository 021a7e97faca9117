import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportFile } from '../exports/export.service.ts';
import { EXPORT_FILTERS, EXPORT_KINDS, type ExportKind, exportOptions } from '../exports/export-filters.ts';
import type { AppContext } from '../http/app-context.ts';
import { errorsFor } from '../http/common.schemas.ts';
import { requireUser } from '../http/session.plugin.ts';

const tags = ['exports'];

const SUMMARIES: Record<ExportKind, string> = {
  enterprises:
    'Export enterprises (analyst+) with the filters of GET /enterprises: the import template columns',
  contracts: 'Export contracts and executions (analyst+; a filer its own enterprise’s): template columns',
  reports: 'Export reports in long form with the filters of GET /reports (analyst+; a filer its own)',
  indicators: 'Export the city’s indicators for a year as GET /indicators computes them (analyst+)',
  completeness: 'Export who filed a period on time, late or never, as GET /completeness (analyst+)',
};

const fileAnswer = z.any().describe('The file: XLSX, or CSV (UTF-8 with BOM, CRLF) of the main sheet');

/** GET /exports/<kind>: every matching row of a list as an XLSX or CSV attachment. */
export const exportsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  for (const kind of EXPORT_KINDS) {
    app.get(
      `/exports/${kind}`,
      {
        schema: {
          tags,
          summary: SUMMARIES[kind],
          querystring: EXPORT_FILTERS[kind].extend(exportOptions.shape),
          response: { 200: fileAnswer, ...errorsFor(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const { format, lang, ...filters } = request.query as z.output<typeof exportOptions>;
        const file = await exportFile(ctx, requireUser(request), { kind, format, lang, filters });
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .send(file.bytes);
      },
    );
  }

  // Static paths win in Fastify's router, so this answers only an unknown kind: 400 naming it.
  app.get(
    '/exports/:kind',
    {
      schema: {
        tags,
        summary: 'Unknown export kinds answer 400',
        params: z.object({ kind: z.enum(EXPORT_KINDS) }),
        response: errorsFor(400),
      },
    },
    async () => {
      throw new Error('unreachable: every valid kind has its own route');
    },
  );
};
