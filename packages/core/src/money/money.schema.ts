import { z } from 'zod';
import { isCurrencyCode } from './currency.ts';
import {
  amountProblem,
  type CnyAmount,
  convertToCny,
  type DecimalInput,
  isUnitRate,
  minorUnitsToFen,
  rateProblem,
  toMinorUnits,
} from './money.ts';

export const currencyCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, {
    message: 'must be an ISO 4217 code of three capital letters, such as "USD"',
    abort: true,
  })
  .refine(isCurrencyCode, 'unknown currency (ISO 4217 code expected)');

export const decimalAmountSchema = z.union([z.string(), z.number()], {
  error: 'must be a decimal string or a number',
});

export const rateToCnySchema = z.string().superRefine((rate, ctx) => {
  const problem = rateProblem(rate);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

type MoneyFields = { currency: string; amount: DecimalInput; rateToCny?: string | undefined };

/** Cross-field rules: the amount fits the currency; a rate is required unless the currency is CNY. */
function checkMoney(input: MoneyFields, ctx: z.RefinementCtx): void {
  // Object checks run even when a field check failed: look only at values of the right type.
  if (!isCurrencyCode(input.currency) || !['string', 'number'].includes(typeof input.amount)) return;
  if (input.rateToCny !== undefined && typeof input.rateToCny !== 'string') return;
  const problem = amountProblem(input.amount, input.currency);
  if (problem) ctx.addIssue({ code: 'custom', path: ['amount'], message: problem });
  if (input.currency === 'CNY') {
    const rate = input.rateToCny;
    if (rate !== undefined && rateProblem(rate) === null && !isUnitRate(rate)) {
      ctx.addIssue({ code: 'custom', path: ['rateToCny'], message: 'must be 1 (or left out) for CNY' });
    }
    return;
  }
  if (input.rateToCny === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['rateToCny'],
      message: `required for ${input.currency}: CNY per one unit`,
    });
    return;
  }
  if (problem || rateProblem(input.rateToCny)) return;
  try {
    minorUnitsToFen(toMinorUnits(input.amount, input.currency), input.currency, input.rateToCny);
  } catch {
    ctx.addIssue({ code: 'custom', path: ['amount'], message: 'is too large once converted to CNY' });
  }
}

/**
 * An amount in its original currency with the rate to CNY, as a client sends it. No transform here:
 * zod drops the examples of every schema containing one from the OpenAPI document, so callers
 * convert with `toCnyAmount` once parsed.
 */
export const moneyInputSchema = z
  .strictObject({
    currency: currencyCodeSchema,
    amount: decimalAmountSchema.describe('in the original currency, e.g. "125000.00" (JPY/KRW: whole units)'),
    rateToCny: rateToCnySchema.optional().describe('CNY per one unit of the currency; 1 or left out for CNY'),
  })
  .superRefine(checkMoney)
  .meta({ examples: [{ currency: 'USD', amount: '125000.00', rateToCny: '7.1217' }] });

export type MoneyInput = z.output<typeof moneyInputSchema>;

/** The stored form of a parsed money input: minor units, fen and the rate (1 for CNY). */
export function toCnyAmount(input: MoneyInput): CnyAmount {
  return convertToCny(
    input.currency,
    input.amount,
    input.currency === 'CNY' ? '1' : (input.rateToCny ?? '1'),
  );
}
