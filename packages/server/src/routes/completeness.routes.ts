import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/app-context.ts';
import { errorsFor, listQuery } from '../http/common.schemas.ts';
import { requireRole } from '../http/session.plugin.ts';
import { CompletenessService } from '../reports/completeness.service.ts';
import { periodTypeSchema, REPORT_STATUSES } from '../reports/report.schemas.ts';

export const completenessQuery = listQuery.extend({
  periodType: periodTypeSchema,
  period: z.string().min(4).max(7).describe('YYYY-MM (monthly), YYYY-Qn (quarterly) or YYYY (annual)'),
});

const item = z.object({
  enterpriseId: z.number().int(),
  uscc: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  districtCode: z.string(),
  reportId: z.number().int().nullable(),
  reportStatus: z.enum(REPORT_STATUSES).nullable(),
  filedAt: z.string().nullable(),
  filed: z.boolean(),
  late: z.boolean(),
  neverFiled: z.boolean(),
});

const completenessDto = z.object({
  periodType: periodTypeSchema,
  period: z.object({ label: z.string(), start: z.string(), end: z.string() }),
  deadline: z.object({ date: z.string(), endsAt: z.string() }),
  summary: z.object({
    enterprises: z.number().int(),
    filed: z.number().int(),
    late: z.number().int(),
    neverFiled: z.number().int(),
  }),
  items: z.array(item),
  total: z.number().int(),
});

/** GET /completeness: filed, late and never-filed enterprises for one period (analyst+). */
export const completenessRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const completeness = new CompletenessService(ctx);
  app.get(
    '/completeness',
    {
      schema: {
        tags: ['reports'],
        summary: 'Who filed a period on time, late, or never (deadlines from setting filing.deadlines)',
        querystring: completenessQuery,
        response: { 200: completenessDto, ...errorsFor(400, 401, 403) },
      },
    },
    async (request) => {
      requireRole(request, 'analyst');
      const { periodType, period, limit, offset } = request.query;
      return completeness.forPeriod(periodType, period, { limit, offset });
    },
  );
};
