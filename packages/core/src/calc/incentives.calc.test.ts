import { describe, expect, test } from 'vitest';
import { DEFAULT_FACTOR_LIBRARY } from '../factors/factor-library.data.ts';
import type { FilingInput } from '../filing/filing.schema.ts';
import { calculateFiling } from './period.calc.ts';
import type { TaseRule } from './period-result.types.ts';
import { minimalInput } from './test-filing.fixture.ts';

function checkOf(input: FilingInput, rule: TaseRule) {
  const r = calculateFiling(input, DEFAULT_FACTOR_LIBRARY);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.incentives.tase2017.checks.find((c) => c.rule === rule);
}

const revenue = (soCny: number, offshoreCny: number, otherCny: number): FilingInput['revenue'] => [
  { category: 'ITO-01', amountCny: offshoreCny, clientCountry: 'US' },
  { category: 'ITO-01', amountCny: soCny - offshoreCny, clientCountry: 'CN' },
  { category: 'OTHER', amountCny: otherCny, clientCountry: 'CN' },
];

// 财税〔2017〕79号: "以上 / 不低于" include the threshold.
describe('TASE 2017 thresholds are inclusive', () => {
  test.each([
    [50, true],
    [49.99, false],
  ])('college-educated %d of 100 → pass %s', (college, pass) => {
    const input = { ...minimalInput(), employees: { average: 100, collegeEducated: college } };
    expect(checkOf(input, 'college-share')).toMatchObject({ threshold: 0.5, pass });
  });

  test.each([
    [5000, 5000, true],
    [4999.99, 5000.01, false],
  ])('service outsourcing %d with other %d → pass %s', (so, other, pass) => {
    const input = { ...minimalInput(), revenue: revenue(so, 0, other) };
    expect(checkOf(input, 'service-outsourcing-share')).toMatchObject({ threshold: 0.5, pass });
  });

  test.each([
    [3500, true, 0.35],
    [3499.99, false, 0.349999],
  ])('offshore %d of 10000 total → pass %s', (offshore, pass, value) => {
    const input = { ...minimalInput(), revenue: revenue(6000, offshore, 4000) };
    expect(checkOf(input, 'offshore-share')).toEqual({
      rule: 'offshore-share',
      value,
      threshold: 0.35,
      pass,
    });
  });

  test('the exact ratio decides, not the rounded display', () => {
    // 34999999 / 100000000 = 0.34999999 shows as 0.35 but is below the threshold.
    const input = { ...minimalInput(), revenue: revenue(60_000_000, 34_999_999, 40_000_001) };
    expect(checkOf(input, 'offshore-share')).toMatchObject({ value: 0.35, pass: false });
  });
});
