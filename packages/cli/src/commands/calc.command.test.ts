import { describe, expect, test } from 'vitest';
import { runCalc } from './calc.command.ts';

const base = {
  period: { start: '2022-01-01', end: '2022-12-31' },
  gridRegion: 'central',
  revenue: [{ category: 'ITO-01', amountCny: 8000000, clientCountry: 'JP' }],
  employees: { average: 120, collegeEducated: 100 },
  costs: {
    rentCny: 600000,
    utilitiesCny: 150000,
    otherIntermediateCny: 250000,
    depreciationCny: 300000,
    labourCny: 5000000,
  },
  energy: { electricityKwh: 400000, greenElectricityKwh: 100000 },
};

const json = { explain: false, lang: 'en' } as const;
const run = (input: unknown) => runCalc(JSON.stringify(input), json);

describe('runCalc', () => {
  test('prints the result JSON and exits 0', () => {
    const out = run(base);
    expect(out.exitCode).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout.endsWith('\n')).toBe(true);
    const result = JSON.parse(out.stdout);
    expect(result.emissions.scope2LocationKgCo2e).toBe(215800);
    expect(result.emissions.scope2MarketKgCo2e).toBe(175680);
    expect(result.energy.tceCalorific).toBe(49.16);
  });

  test('--explain prints the audit trail in the chosen language', () => {
    const en = runCalc(JSON.stringify(base), { explain: true, lang: 'en' });
    expect(en.exitCode).toBe(0);
    expect(en.stdout).toContain('[cn-grid-central-2022]');
    const zh = runCalc(JSON.stringify(base), { explain: true, lang: 'zh-CN' });
    expect(zh.stdout).toContain('范围二（基于位置）');
  });

  test('invalid JSON is a root error, exit 2', () => {
    const out = runCalc('{"period": ', json);
    expect(out).toMatchObject({ stdout: '', exitCode: 2 });
    expect(out.stderr).toMatch(/^\(root\): invalid JSON: /);
  });

  // spec/calculation.md, "Input errors": each names its field, prints nothing on stdout, exits 2.
  test.each([
    ['negative amount', { ...base, revenue: [{ ...base.revenue[0], amountCny: -1 }] }, 'revenue.0.amountCny'],
    [
      'unknown category',
      { ...base, revenue: [{ ...base.revenue[0], category: 'ITO-99' }] },
      'revenue.0.category',
    ],
    [
      'unknown country',
      { ...base, revenue: [{ ...base.revenue[0], clientCountry: 'XX' }] },
      'revenue.0.clientCountry',
    ],
    ['unknown region', { ...base, gridRegion: 'mars' }, 'gridRegion'],
    ['end before start', { ...base, period: { start: '2022-12-31', end: '2022-01-01' } }, 'period.end'],
    [
      'college-educated above average',
      { ...base, employees: { average: 10, collegeEducated: 11 } },
      'employees.collegeEducated',
    ],
    [
      'green above electricity',
      { ...base, energy: { electricityKwh: 10, greenElectricityKwh: 11 } },
      'energy.greenElectricityKwh',
    ],
    ['unknown key', { ...base, surprise: true }, 'surprise'],
    ['negative cost', { ...base, costs: { ...base.costs, rentCny: -5 } }, 'costs.rentCny'],
  ])('%s → %s', (_, input, path) => {
    const out = run(input);
    expect(out.stdout).toBe('');
    expect(out.exitCode).toBe(2);
    expect(out.stderr.split('\n').filter(Boolean)).toContainEqual(
      expect.stringMatching(new RegExp(`^${path}: .+`)),
    );
  });

  test('a non-finite number (1e999 parses to Infinity) names its field', () => {
    const text = JSON.stringify(base).replace('"electricityKwh":400000', '"electricityKwh":1e999');
    const out = runCalc(text, json);
    expect(out).toMatchObject({ stdout: '', exitCode: 2 });
    expect(out.stderr).toMatch(/^energy\.electricityKwh: /m);
  });

  test('several problems give one line each', () => {
    const out = run({ ...base, gridRegion: 'mars', surprise: 1, extra: 2 });
    expect(out.stderr.trim().split('\n').sort()).toEqual([
      'extra: unknown key',
      'gridRegion: unknown grid region',
      'surprise: unknown key',
    ]);
  });
});
