import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/app-context.ts';
import { errorsFor } from '../http/common.schemas.ts';
import { requireRole } from '../http/session.plugin.ts';
import { IndicatorsService } from '../indicators/indicators.service.ts';

export const indicatorsQuery = z.object({
  year: z.coerce.number().int().min(1990).max(2100).optional().describe('Default: the latest approved year'),
  district: z
    .string()
    .regex(/^\d{6}$/, 'a 6-digit district code (GB/T 2260)')
    .optional(),
});

const cityIndicators = z.object({
  year: z.number().int(),
  rowCount: z.number().int(),
  enterpriseCount: z.number().int(),
  values: z.record(z.string(), z.number().nullable()),
  breakdowns: z.record(
    z.string(),
    z.record(z.string(), z.object({ amountCny: z.number(), share: z.number().nullable() })),
  ),
});

const change = z.object({
  current: z.number().nullable(),
  previous: z.number().nullable(),
  change: z.number().nullable(),
  changeRate: z.number().nullable(),
});

const answer = z.object({
  year: z.number().int(),
  previousYear: z.number().int(),
  districtCode: z.string().nullable(),
  indicatorKeys: z.array(z.string()),
  definitions: z.array(
    z.object({
      key: z.string(),
      outcome: z.string(),
      shape: z.string(),
      unit: z.string(),
      labelZh: z.string(),
      labelEn: z.string(),
    }),
  ),
  current: cityIndicators,
  previous: cityIndicators,
  yearOnYear: z.object({
    year: z.number().int(),
    previousYear: z.number().int(),
    changes: z.record(z.string(), change),
  }),
});

/** GET /indicators: the city's six outcomes from approved reports, with year-on-year change. */
export const indicatorsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const indicators = new IndicatorsService(ctx);
  app.get(
    '/indicators',
    {
      schema: {
        tags: ['indicators'],
        summary: 'The city’s outcome indicators from approved reports, and their change on the year before',
        querystring: indicatorsQuery,
        response: { 200: answer, ...errorsFor(400, 401, 403) },
      },
    },
    async (request) => {
      requireRole(request, 'analyst');
      return indicators.forYear(request.query);
    },
  );
};
