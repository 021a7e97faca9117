import { calculateFiling, DEFAULT_FACTOR_LIBRARY, filingSchema, validate } from '@greenshore/core';
import { describe, expect, test } from 'vitest';
import { emptyForm, filingFromForm, formFromFiling, quarterPeriod } from './report-form.model.ts';
import { issueKeyOf, issuesByField } from './report-issues.model.ts';
import { combineExplanations, previewRows, previousFilingOf } from './report-preview.model.ts';

function filledForm() {
  const form = emptyForm(2025, 1);
  form.revenue = [{ category: 'ITO-01', amountCny: '3000000', clientCountry: 'jp' }];
  form.employees = { average: '100', collegeEducated: '80', newHires: '5', newGraduateHires: '3' };
  form.costs = {
    rentCny: '150000',
    utilitiesCny: '40000',
    otherIntermediateCny: '60000',
    depreciationCny: '75000',
    labourCny: '1200000',
  };
  form.energy.electricityKwh = '90000';
  return form;
}

describe('report form model', () => {
  test('quarters end on their last day, leap years included', () => {
    expect(quarterPeriod(2024, 1)).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(quarterPeriod(2025, 2)).toEqual({ start: '2025-04-01', end: '2025-06-30' });
  });

  test('a filled form is a valid filing, and reads back into the same form', () => {
    const filing = filingFromForm(filledForm());
    expect(validate(filingSchema, filing).ok).toBe(true);
    expect(filing.revenue[0]?.clientCountry).toBe('JP');
    expect(filing.taxes).toEqual({});
    const back = formFromFiling(filing);
    expect(back.quarter).toBe(1);
    expect(back.employees.collegeEducated).toBe('80');
    expect(back.taxes.vatCny).toBe('');
  });

  test('empty required fields and college > average are named by path', () => {
    const form = filledForm();
    form.costs.rentCny = '';
    form.employees.collegeEducated = '120';
    const result = validate(filingSchema, filingFromForm(form));
    expect(result.ok).toBe(false);
    const byField = issuesByField(result.ok ? [] : result.issues);
    expect(issueKeyOf(byField['costs.rentCny'] ?? '')).toBe('required');
    expect(issueKeyOf(byField['employees.collegeEducated'] ?? '')).toBe('collegeExceedsAverage');
  });

  test('server issue paths are mapped to the same fields', () => {
    expect(issuesByField([{ path: 'filing.energy.electricityKwh', message: 'x' }])).toEqual({
      'energy.electricityKwh': 'x',
    });
  });

  test('the preview is the core calculation and follows electricity', () => {
    const form = filledForm();
    const scope2 = () => {
      const r = calculateFiling(filingFromForm(form), DEFAULT_FACTOR_LIBRARY);
      if (!r.ok) throw new Error('invalid');
      return previewRows(r.value).find((row) => row.key === 'scope2Location')?.value;
    };
    const before = scope2();
    form.energy.electricityKwh = '180000';
    expect(scope2()).toBeCloseTo((before ?? 0) * 2, 6);
  });

  test('stored extras survive an edit', () => {
    const filing = { ...filingFromForm(filledForm()), sci: { functionalUnit: 'person-month', quantity: 3 } };
    expect(filingFromForm(formFromFiling(filing)).sci).toEqual({
      functionalUnit: 'person-month',
      quantity: 3,
    });
  });

  test('explanations join per flag; the previous quarter is found', () => {
    const flags = [
      { code: 'jump.revenue' as const, message: '', field: 'revenue' },
      { code: 'jump.labour' as const, message: '', field: 'costs.labourCny' },
    ];
    expect(combineExplanations(flags, { 'jump.revenue': ' new client ', 'jump.labour': '' })).toBe(
      'jump.revenue: new client',
    );
    const r = (end: string, periodType = 'quarterly') => ({
      periodType,
      period: { start: '', end },
      filing: end,
    });
    const reports = [r('2024-12-31'), r('2024-09-30'), r('2025-03-31'), r('2024-12-31', 'annual')];
    expect(previousFilingOf(reports, '2025-01-01')?.filing).toBe('2024-12-31');
  });
});
