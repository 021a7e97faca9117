import { describe, expect, test } from 'vitest';
import { fenToMinor, minorToFen, rateToCny, toFenPrecision } from './money.ts';

describe('demo money conversions', () => {
  test('two-decimal currencies: fen = round(cents × rate)', () => {
    expect(minorToFen(100_00, 'USD', '7.1217')).toBe(712_17);
    expect(minorToFen(1, 'USD', '7.1217')).toBe(7);
  });

  test('JPY and KRW have no minor unit: fen = round(yen × rate × 100)', () => {
    expect(minorToFen(1_000_000, 'JPY', '0.05115')).toBe(5_115_000);
    expect(minorToFen(1_000, 'KRW', '0.005221')).toBe(522);
  });

  test('CNY converts at 1 and rounds half up without float drift', () => {
    expect(minorToFen(12345, 'CNY', rateToCny('CNY', 2024))).toBe(12345);
    expect(minorToFen(5, 'USD', '0.1')).toBe(1);
  });

  test('fenToMinor sizes a foreign amount from CNY', () => {
    expect(fenToMinor(5_115_000, 'JPY', '0.05115')).toBe(1_000_000);
    expect(fenToMinor(712_17, 'USD', '7.1217')).toBe(100_00);
  });

  test('rates clamp to the table and unknown currencies are refused', () => {
    expect(rateToCny('USD', 2010)).toBe(rateToCny('USD', 2015));
    expect(rateToCny('EUR', 2030)).toBe(rateToCny('EUR', 2024));
    expect(() => rateToCny('XXX', 2024)).toThrow();
    expect(toFenPrecision(1.005 * 1000)).toBe(1005);
  });
});
