import { calculateFiling, type FactorLibrary } from '@greenshore/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
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
        body: z.unknown().describe('A period filing (calculation.md "Input")'),
      },
    },
    async (request) => {
      requireUser(request);
      const outcome = calculateFiling(request.body, await opts.library());
      if (!outcome.ok) throw new HttpError(400, 'invalid filing', outcome.issues);
      return outcome.value;
    },
  );
};
