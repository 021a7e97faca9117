import { describe, expect, test } from 'vitest';
import { isCurrencyCode, minorDigitsOf } from './currency.ts';
import { moneyInputSchema, toCnyAmount } from './money.schema.ts';
import {
  amountProblem,
  convertToCny,
  formatMinorUnits,
  minorUnitsToFen,
  rateProblem,
  toMinorUnits,
} from './money.ts';

describe('ISO 4217 minor digits', () => {
  test('USD 2, JPY and KRW 0, KWD 3, unknown codes refused', () => {
    expect(minorDigitsOf('USD')).toBe(2);
    expect(minorDigitsOf('JPY')).toBe(0);
    expect(minorDigitsOf('KRW')).toBe(0);
    expect(minorDigitsOf('KWD')).toBe(3);
    expect(isCurrencyCode('CNY')).toBe(true);
    expect(isCurrencyCode('XXX')).toBe(false);
    expect(() => minorDigitsOf('ABC')).toThrow(RangeError);
  });
});

describe('conversion to fen', () => {
  test('minor ÷ 10^digits × rate × 100, rounded half-up once', () => {
    expect(minorUnitsToFen(12_345, 'USD', '7.1217')).toBe(87_917); // 123.45 × 7.1217 = 879.173865
    expect(minorUnitsToFen(1_000_000, 'JPY', '0.04704')).toBe(4_704_000);
    expect(minorUnitsToFen(1, 'USD', '0.5')).toBe(1); // 0.005 CNY: half rounds up
    expect(minorUnitsToFen(1_000, 'KWD', '23.1')).toBe(2_310);
  });

  test('no binary-float error: 0.1 + 0.2 of a currency converts exactly', () => {
    expect(convertToCny('USD', '0.30', '1')).toEqual({
      currency: 'USD',
      amountMinor: 30,
      amountFen: 30,
      rateToCny: '1',
    });
    expect(toMinorUnits(1234.56, 'USD')).toBe(123_456);
  });

  test('formats minor units with the currency’s digits', () => {
    expect(formatMinorUnits(123_450, 'USD')).toBe('1234.50');
    expect(formatMinorUnits(90_000, 'JPY')).toBe('90000');
    expect(formatMinorUnits(1_234, 'KWD')).toBe('1.234');
  });
});

describe('problems name what is wrong', () => {
  test('amounts', () => {
    expect(amountProblem('12.5', 'JPY')).toMatch(/no minor unit/);
    expect(amountProblem('12.345', 'USD')).toMatch(/at most 2 decimal places/);
    expect(amountProblem('-1', 'USD')).toMatch(/greater than zero/);
    expect(amountProblem('0', 'USD')).toMatch(/greater than zero/);
    expect(amountProblem('0', 'USD', { allowZero: true })).toBeNull();
    expect(amountProblem('1e5', 'USD')).toMatch(/decimal/);
    expect(amountProblem(Number.NaN, 'USD')).toMatch(/decimal/);
    expect(amountProblem('99999999999999999', 'USD')).toMatch(/too large/);
  });

  test('rates', () => {
    expect(rateProblem('7.1217')).toBeNull();
    expect(rateProblem('0')).toMatch(/greater than zero/);
    expect(rateProblem('7,12')).toMatch(/decimal string/);
  });
});

describe('moneyInputSchema', () => {
  test('parses to the stored form', () => {
    expect(
      toCnyAmount(moneyInputSchema.parse({ currency: 'JPY', amount: 1_000_000, rateToCny: '0.04704' })),
    ).toEqual({
      currency: 'JPY',
      amountMinor: 1_000_000,
      amountFen: 4_704_000,
      rateToCny: '0.04704',
    });
    expect(toCnyAmount(moneyInputSchema.parse({ currency: 'CNY', amount: '10.00' }))).toMatchObject({
      amountFen: 1_000,
      rateToCny: '1',
    });
  });

  test('each issue names its field; computed fields are refused', () => {
    const paths = (input: unknown) =>
      moneyInputSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.code]);
    expect(paths({ currency: 'usd', amount: '1', rateToCny: '7' })).toEqual([['currency', 'invalid_format']]);
    expect(paths({ currency: 'USD', amount: '1' })).toEqual([['rateToCny', 'custom']]);
    expect(paths({ currency: 'CNY', amount: '1', rateToCny: '7' })).toEqual([['rateToCny', 'custom']]);
    expect(paths({ currency: 'JPY', amount: '1.5', rateToCny: '0.05' })).toEqual([['amount', 'custom']]);
    expect(paths({ currency: 'USD', amount: '1', rateToCny: '7', amountFen: 1 })).toEqual([
      ['', 'unrecognized_keys'],
    ]);
  });
});
