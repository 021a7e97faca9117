import { describe, expect, test } from 'vitest';
import { minorUnitsToFen } from '../money/money.ts';
import { fenToMinor, rateToCny, toFenPrecision } from './money.ts';

describe('demo money conversions', () => {
  test('fenToMinor sizes a foreign amount from CNY, the inverse of minorUnitsToFen', () => {
    expect(fenToMinor(5_115_000, 'JPY', '0.05115')).toBe(1_000_000);
    expect(fenToMinor(712_17, 'USD', '7.1217')).toBe(100_00);
    expect(fenToMinor(522, 'KRW', '0.005221')).toBe(1_000);
    expect(minorUnitsToFen(fenToMinor(712_17, 'USD', '7.1217'), 'USD', '7.1217')).toBe(712_17);
  });

  test('rates clamp to the table and unknown currencies are refused', () => {
    expect(rateToCny('USD', 2010)).toBe(rateToCny('USD', 2015));
    expect(rateToCny('EUR', 2030)).toBe(rateToCny('EUR', 2024));
    expect(() => rateToCny('XXX', 2024)).toThrow();
    expect(rateToCny('CNY', 2024)).toBe('1');
    expect(toFenPrecision(1.005 * 1000)).toBe(1005);
  });
});
