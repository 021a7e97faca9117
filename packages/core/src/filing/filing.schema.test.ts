import { describe, expect, test } from 'vitest';
import { filingSchema } from './filing.schema.ts';
import { validate } from './validation.ts';

const minimal = {
  period: { start: '2022-01-01', end: '2022-12-31' },
  revenue: [{ category: 'ITO-01', amountCny: 100, clientCountry: 'JP' }],
  employees: { average: 10, collegeEducated: 8 },
  costs: { rentCny: 1, utilitiesCny: 1, otherIntermediateCny: 1, depreciationCny: 1, labourCny: 1 },
};

describe('filing schema', () => {
  test('applies defaults', () => {
    const r = validate(filingSchema, minimal);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.gridRegion).toBe('national');
      expect(r.value.energy.electricityKwh).toBe(0);
    }
  });

  test.each([
    [{ ...minimal, period: { start: '2022-02-01', end: '2022-01-01' } }, 'period.end'],
    [{ ...minimal, employees: { average: 1, collegeEducated: 2 } }, 'employees.collegeEducated'],
    [
      { ...minimal, revenue: [{ category: 'ITO-99', amountCny: 1, clientCountry: 'JP' }] },
      'revenue.0.category',
    ],
    [
      { ...minimal, revenue: [{ category: 'ITO-01', amountCny: -1, clientCountry: 'JP' }] },
      'revenue.0.amountCny',
    ],
    [
      { ...minimal, revenue: [{ category: 'ITO-01', amountCny: 1, clientCountry: 'XX' }] },
      'revenue.0.clientCountry',
    ],
    [{ ...minimal, gridRegion: 'mars' }, 'gridRegion'],
    [{ ...minimal, energy: { electricityKwh: 1, greenElectricityKwh: 2 } }, 'energy.greenElectricityKwh'],
    [{ ...minimal, energy: { electricityKwh: Number.POSITIVE_INFINITY } }, 'energy.electricityKwh'],
    [{ ...minimal, surprise: 1 }, 'surprise'],
  ])('refuses bad input and names the field (%#)', (input, path) => {
    const r = validate(filingSchema, input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(path);
  });
});

test('cross-field rules are reported together with field errors, not hidden by them', () => {
  const r = validate(filingSchema, {
    ...minimal,
    period: { start: '2022-02-01', end: '2022-01-01' },
    employees: { average: 1, collegeEducated: 2 },
    revenue: [{ category: 'ITO-09', amountCny: 1, clientCountry: 'JP' }],
  });
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['revenue.0.category', 'period.end', 'employees.collegeEducated']),
    );
  }
});
