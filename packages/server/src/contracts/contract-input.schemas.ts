import { decimalAmountSchema, moneyInputSchema, rateToCnySchema, SERVICE_CODE_KEYS } from '@greenshore/core';
import { z } from 'zod';
import { countryCodeSchema } from '../enterprises/enterprise-input.schemas.ts';

/** Offshore is derived from clientCountry and CNY amounts are computed: neither is accepted here. */
export const createContractBody = z
  .strictObject({
    clientName: z.string().trim().min(1).max(200),
    clientCountry: countryCodeSchema.describe('ISO 3166-1 alpha-2; HK, MO and TW count as offshore'),
    serviceCode: z.enum(SERVICE_CODE_KEYS).describe('code of the service catalogue'),
    signedOn: z.iso.date(),
    value: moneyInputSchema.describe('contract value in its original currency, with the rate to CNY'),
    reference: z
      .string()
      .trim()
      .min(1)
      .max(60)
      .optional()
      .describe(
        'the enterprise’s own contract number, unique per enterprise (spreadsheets name contracts by it)',
      ),
  })
  .meta({
    examples: [
      {
        clientName: 'Kansai Logistics K.K.',
        clientCountry: 'JP',
        serviceCode: 'ITO-01',
        signedOn: '2025-04-01',
        value: { currency: 'JPY', amount: '48000000', rateToCny: '0.04704' },
        reference: 'C-2025-0042',
      },
    ],
  });
export type CreateContractInput = z.output<typeof createContractBody>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One execution lies within one calendar year: the filing window is per year. */
export const createExecutionBody = z
  .strictObject({
    periodStart: z.iso.date(),
    periodEnd: z.iso.date(),
    amount: decimalAmountSchema.describe('executed amount in the contract’s currency'),
    rateToCny: rateToCnySchema
      .optional()
      .describe('CNY per unit for this execution; default: the contract’s'),
    personMonths: z
      .string()
      .trim()
      .regex(/^\d{1,7}(\.\d{1,2})?$/, {
        message: 'must be a decimal number of person-months, at most 2 decimals',
        abort: true,
      })
      .refine((v) => Number(v) > 0, 'must be greater than 0')
      .optional()
      .describe('person-months worked for this execution (decimal text > 0): a carbon allocation key'),
  })
  .superRefine((e, ctx) => {
    // Object checks run even after a field's format check failed: compare well-formed dates only.
    if (!ISO_DATE.test(e.periodStart) || !ISO_DATE.test(e.periodEnd)) return;
    if (e.periodEnd < e.periodStart) {
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'must be on or after periodStart' });
    } else if (e.periodEnd.slice(0, 4) !== e.periodStart.slice(0, 4)) {
      ctx.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        message: 'must be in the same year as periodStart',
      });
    }
  })
  .meta({ examples: [{ periodStart: '2026-01-01', periodEnd: '2026-01-31', amount: '4000000' }] });
export type CreateExecutionInput = z.output<typeof createExecutionBody>;
