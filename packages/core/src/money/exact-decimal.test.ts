import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorUnitsToFen, toMinorUnits } from './money.ts';

const digitsText = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));

const amountText = fc
  .tuple(digitsText(1, 12), fc.option(digitsText(1, 2), { nil: undefined }))
  .map(([whole, fraction]) => (fraction ? `${whole}.${fraction}` : whole));
const rateText = fc
  .tuple(digitsText(1, 4), fc.option(digitsText(1, 8), { nil: undefined }))
  .filter(([whole, fraction]) => /[1-9]/.test(whole + (fraction ?? '')))
  .map(([whole, fraction]) => (fraction ? `${whole}.${fraction}` : whole));

/** The decimal.js computation the fast path replaces, written out as the reference. */
function referenceFen(minor: number, digits: number, rate: string): number {
  return new Decimal(minor)
    .div(new Decimal(10).pow(digits))
    .mul(rate)
    .mul(100)
    .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
    .toNumber();
}

describe('exact BigInt money path', () => {
  it('gives the same minor units and fen as decimal.js for any plain amount and rate', () => {
    fc.assert(
      fc.property(amountText, rateText, fc.constantFrom('USD', 'JPY', 'CNY', 'EUR'), (amount, rate, cur) => {
        const digits = cur === 'JPY' ? 0 : 2;
        if (digits === 0 && amount.includes('.')) return;
        const expectedMinor = new Decimal(amount).mul(10 ** digits).toNumber();
        const minor = toMinorUnits(amount, cur);
        expect(minor).toBe(expectedMinor);
        const expectedFen = referenceFen(minor, digits, rate);
        if (Math.abs(expectedFen) > Number.MAX_SAFE_INTEGER) return;
        expect(minorUnitsToFen(minor, cur, rate)).toBe(expectedFen);
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds half away from zero, also for negative minor units', () => {
    expect(minorUnitsToFen(1, 'USD', '0.5')).toBe(1); // 0.005 CNY = 0.5 fen -> 1
    expect(minorUnitsToFen(-1, 'USD', '0.5')).toBe(-1);
    expect(minorUnitsToFen(3, 'JPY', '0.04704')).toBe(14); // 14.112 fen
  });

  it('still refuses what it refused before', () => {
    expect(() => toMinorUnits('1.234', 'USD')).toThrow(/at most 2 decimal places/);
    expect(() => toMinorUnits('-1', 'USD')).toThrow(/zero or more/);
    expect(() => toMinorUnits('99999999999999999', 'USD')).toThrow(/too large/);
  });
});
