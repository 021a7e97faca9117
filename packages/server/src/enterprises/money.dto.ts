import { formatMinorUnits } from '@greenshore/core';
import { z } from 'zod';

/** An amount as the API shows it: original currency (decimal text and minor units), CNY fen, the rate. */
export const moneyDto = z.object({
  currency: z.string(),
  amount: z.string().describe('decimal text in the original currency'),
  amountMinor: z.number().int().describe('minor units of the original currency'),
  amountFen: z.number().int().describe('CNY fen'),
  rateToCny: z.string().describe('CNY per one unit, as used for amountFen'),
});
export type MoneyDto = z.infer<typeof moneyDto>;

export function toMoneyDto(
  currency: string,
  amountMinor: number,
  amountFen: number,
  rateToCny: string,
): MoneyDto {
  return { currency, amount: formatMinorUnits(amountMinor, currency), amountMinor, amountFen, rateToCny };
}
