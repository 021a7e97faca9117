import { calculateFiling, type FactorLibrary } from '@greenshore/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorsFor } from '../http/common.schemas.ts';
import { HttpError } from '../http/http-errors.ts';
import { requireUser } from '../http/session.plugin.ts';

/**
 * POST /calc: the calculation of spec/calculation.md, nothing stored. The body is validated by the
 * core filing schema itself (not a route schema), so the API reports exactly the issues the CLI does.
 */
export const calcRoute: FastifyPluginAsyncZod<{ library: () => Promise<FactorLibrary> }> = async (
  app,
  opts,
) => {
  app.post(
    '/calc',
    {
      schema: {
        tags: ['calculation'],
        summary: 'Compute a period filing (spec/calculation.md); stores nothing',
        body: z
          .unknown()
          .describe('A period filing (spec/calculation.md "Input"); validated by the core filing schema')
          .meta({
            examples: [
              {
                period: { start: '2022-01-01', end: '2022-12-31' },
                gridRegion: 'central',
                revenue: [{ category: 'ITO-01', amountCny: 8000000, clientCountry: 'JP' }],
                employees: { average: 120, collegeEducated: 100 },
                costs: {
                  rentCny: 600000,
                  utilitiesCny: 150000,
                  otherIntermediateCny: 250000,
                  depreciationCny: 300000,
                  labourCny: 5000000,
                },
                energy: { electricityKwh: 400000, greenElectricityKwh: 100000 },
              },
            ],
          }),
        response: {
          200: z.record(z.string(), z.unknown()).describe('The Result of spec/calculation.md'),
          ...errorsFor(400, 401, 403),
        },
      },
    },
    async (request) => {
      requireUser(request);
      const outcome = calculateFiling(request.body, await opts.library());
      if (!outcome.ok) throw new HttpError(400, 'invalid filing', outcome.issues);
      return { ...outcome.value };
    },
  );
};
