import { describe, expect, test } from 'vitest';
import { DEFAULT_FACTOR_LIBRARY } from '../factors/factor-library.data.ts';
import { filingSchema } from '../filing/filing.schema.ts';
import { explainPeriod } from './explain.ts';
import { calculatePeriod } from './period.calc.ts';
import { minimalInput, specExampleInput } from './test-filing.fixture.ts';

const filing = filingSchema.parse(specExampleInput());
const result = calculatePeriod(filing, DEFAULT_FACTOR_LIBRARY);

describe('explainPeriod', () => {
  test('English: formulas with inputs, factor ids and sources', () => {
    const text = explainPeriod(filing, result, DEFAULT_FACTOR_LIBRARY, 'en');
    expect(text).toContain('400000 kWh × grid 0.5395 kgCO2/kWh [cn-grid-central-2022] = 215800 kgCO2e');
    expect(text).toContain('(electricity 400000 − green 100000) kWh × residual mix 0.5856');
    expect(text).toContain('400000 kWh × 0.1229 kgce/kWh [cn-tce-calorific-gbt2589-2020] ÷ 1000 = 49.16 tce');
    expect(text).toContain('operating surplus 2140000 = 7500000 CNY');
    expect(text).toContain('Ministry of Ecology and Environment & National Bureau of Statistics');
    expect(text).toContain('(published 2024-12-20)');
    expect(text).toContain('offshore-share (offshore revenue ÷ total revenue): 0.941176 ≥ 0.35 → pass');
    expect(text.endsWith('\n')).toBe(true);
  });

  test('Chinese text', () => {
    const text = explainPeriod(filing, result, DEFAULT_FACTOR_LIBRARY, 'zh-CN');
    expect(text).toContain('范围二（基于位置）= 用电 400000 kWh');
    expect(text).toContain('标准煤（当量值）');
    expect(text).toContain('符合条件：是');
  });

  test('flags a fallback year and a loss, and prints null ratios as n/a', () => {
    const input = {
      ...minimalInput(),
      period: { start: '2024-01-01', end: '2024-03-31' },
      costs: { ...minimalInput().costs, labourCny: 9000 },
      employees: { average: 0, collegeEducated: 0 },
    };
    const f = filingSchema.parse(input);
    const text = explainPeriod(f, calculatePeriod(f, DEFAULT_FACTOR_LIBRARY), DEFAULT_FACTOR_LIBRARY, 'en');
    expect(text).toContain('Grid factor year: 2022 (FALLBACK');
    expect(text).toContain('a loss');
    expect(text).toContain('kWh per employee = 0 ÷ 0 = n/a (denominator is 0)');
  });
});
