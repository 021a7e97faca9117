import { describe, expect, test } from 'vitest';
import { deriveReport, mergeFlags } from './report-derive.model.ts';
import { emptyForm, filingFromForm } from './report-form.model.ts';

function form(revenue: string) {
  const f = emptyForm(2025, 1);
  f.revenue = [{ category: 'ITO-01', amountCny: revenue, clientCountry: 'JP' }];
  f.employees = { average: '100', collegeEducated: '80', newHires: '', newGraduateHires: '' };
  f.costs = {
    rentCny: '1',
    utilitiesCny: '1',
    otherIntermediateCny: '1',
    depreciationCny: '1',
    labourCny: '1000',
  };
  f.energy.electricityKwh = '90000';
  return f;
}

describe('deriveReport', () => {
  test('an invalid form has issues and no result', () => {
    const derived = deriveReport(emptyForm(2025, 1), () => null);
    expect(derived.result).toBeNull();
    expect(derived.issues['employees.average']).toBeDefined();
  });

  test('the previous period of the picked quarter feeds the jump checks', () => {
    const previous = filingFromForm(form('1000000'));
    const starts: string[] = [];
    const derived = deriveReport(form('9000000'), (start) => {
      starts.push(start);
      return previous;
    });
    expect(starts).toEqual(['2025-01-01']);
    expect(derived.result).not.toBeNull();
    expect(derived.flags.map((f) => f.code)).toContain('jump.revenue');
    expect(deriveReport(form('1000000'), () => previous).flags).toEqual([]);
  });

  test('stored flags add only codes the live check lacks', () => {
    const live = [{ code: 'jump.revenue' as const, message: 'a', field: 'revenue' }];
    const stored = [
      { code: 'jump.revenue' as const, message: 'b', field: 'revenue' },
      { code: 'peer.electricityPerEmployee' as const, message: 'c', field: 'energy.electricityKwh' },
    ];
    expect(mergeFlags(live, stored).map((f) => f.message)).toEqual(['a', 'c']);
  });
});
