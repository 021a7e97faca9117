import { describe, expect, test } from 'vitest';
import { diffKeyResults, diffValues, flatten } from './filing-diff.ts';
import { dayBefore, periodLabel, previousPeriodReport, previousVersionOf } from './previous-reports.ts';

const filing = (rent: number, lines: { category: string; amountCny: number; clientCountry: string }[]) => ({
  period: { start: '2024-10-01', end: '2024-12-31' },
  revenue: lines,
  costs: { rentCny: rent },
});

describe('filing diff', () => {
  test('flattens nested objects to dotted paths and keys revenue lines by category and country', () => {
    const flat = flatten(filing(10, [{ category: 'ITO-01', amountCny: 5, clientCountry: 'JP' }]));
    expect([...flat.keys()]).toEqual([
      'period.start',
      'period.end',
      'revenue[ITO-01/JP].category',
      'revenue[ITO-01/JP].amountCny',
      'revenue[ITO-01/JP].clientCountry',
      'costs.rentCny',
    ]);
  });

  test('reports changes with delta and relative change; a reordered line is not a change', () => {
    const a = { category: 'ITO-01', amountCny: 5, clientCountry: 'JP' };
    const b = { category: 'BPO-02', amountCny: 2, clientCountry: 'CN' };
    const rows = diffValues(filing(15, [b, a]), filing(10, [a, b]));
    const changed = rows.filter((r) => r.changed);
    expect(changed).toEqual([
      { path: 'costs.rentCny', current: 15, previous: 10, changed: true, delta: 5, relative: 0.5 },
    ]);
  });

  test('paths on one side only appear with the other side undefined', () => {
    const rows = diffValues({ energy: { kwh: 1 } }, { energy: { gasM3: 2 } });
    expect(rows.map((r) => [r.path, r.current, r.previous])).toEqual([
      ['energy.kwh', 1, undefined],
      ['energy.gasM3', undefined, 2],
    ]);
    expect(rows.every((r) => r.delta === null)).toBe(true);
  });

  test('key results against no previous result show the current figures only', () => {
    const rows = diffKeyResults({ valueAdded: { valueAddedCny: 100 } }, null);
    const va = rows.find((r) => r.key === 'valueAddedCny');
    expect(va).toMatchObject({ current: 100, previous: undefined, delta: null });
    expect(rows).toHaveLength(10);
  });
});

describe('previous period', () => {
  const reports = [
    { id: 1, periodType: 'quarterly' as const, period: { start: '2024-07-01', end: '2024-09-30' } },
    { id: 2, periodType: 'monthly' as const, period: { start: '2024-09-01', end: '2024-09-30' } },
    { id: 3, periodType: 'quarterly' as const, period: { start: '2024-10-01', end: '2024-12-31' } },
  ];

  test('finds the same type of report ending the day before, across year ends', () => {
    expect(previousPeriodReport(reports, reports[2] as (typeof reports)[number])).toBe(1);
    const q1 = { periodType: 'quarterly' as const, period: { start: '2025-01-01', end: '2025-03-31' } };
    expect(previousPeriodReport(reports, q1)).toBe(3);
    expect(previousPeriodReport(reports, reports[0] as (typeof reports)[number])).toBeNull();
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });

  test('labels periods as the completeness API expects them', () => {
    expect(periodLabel('quarterly', { start: '2024-10-01' })).toBe('2024-Q4');
    expect(periodLabel('monthly', { start: '2024-02-01' })).toBe('2024-02');
    expect(periodLabel('annual', { start: '2024-01-01' })).toBe('2024');
  });
});

describe('previous version', () => {
  const v = (version: number, action: string) => ({ version, action });
  test('prefers the last decided version, else the one just before, else none', () => {
    const versions = [
      v(1, 'created'),
      v(2, 'submitted'),
      v(3, 'returned'),
      v(4, 'replaced'),
      v(5, 'submitted'),
    ];
    expect(previousVersionOf(versions, 5)).toEqual(v(3, 'returned'));
    expect(previousVersionOf(versions.slice(0, 2), 2)).toEqual(v(1, 'created'));
    expect(previousVersionOf(versions.slice(0, 1), 1)).toBeNull();
  });
});
