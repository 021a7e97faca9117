import { describe, expect, test } from 'vitest';
import { DEFAULT_DEADLINES, deadlineOf, parseDeadlines } from './filing-deadlines.ts';
import { periodLabel, periodMismatch, periodOfLabel } from './report-period.ts';

describe('report periods', () => {
  test.each([
    ['monthly', '2024-02-01', '2024-02-29', null],
    ['monthly', '2023-02-01', '2023-02-28', null],
    ['monthly', '2024-02-01', '2024-03-31', 'one calendar month'],
    ['quarterly', '2024-10-01', '2024-12-31', null],
    ['quarterly', '2024-02-01', '2024-04-30', 'one calendar quarter'],
    ['quarterly', '2024-01-01', '2024-03-30', 'one calendar quarter'],
    ['annual', '2024-01-01', '2024-12-31', null],
    ['annual', '2024-04-01', '2025-03-31', 'one calendar year'],
  ] as const)('%s %s…%s', (type, start, end, problem) => {
    const found = periodMismatch(type, { start, end });
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  test('labels round-trip and refuse the wrong type', () => {
    expect(periodOfLabel('quarterly', '2025-Q4')).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(periodOfLabel('monthly', '2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodOfLabel('annual', '2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(periodOfLabel('quarterly', '2025-12')).toBeNull();
    expect(periodOfLabel('monthly', '2025-13')).toBeNull();
    expect(periodLabel('quarterly', { start: '2025-07-01', end: '2025-09-30' })).toBe('2025-Q3');
    expect(periodLabel('monthly', { start: '2025-07-01', end: '2025-07-31' })).toBe('2025-07');
  });
});

describe('filing deadlines', () => {
  test('defaults: 5th of the next month, 15th after the quarter, 31 March; the day ends at CST midnight', () => {
    expect(deadlineOf('monthly', { start: '2025-12-01', end: '2025-12-31' }, DEFAULT_DEADLINES)).toEqual({
      date: '2026-01-05',
      endsAt: '2026-01-05T16:00:00.000Z',
    });
    expect(deadlineOf('quarterly', { start: '2025-07-01', end: '2025-09-30' }, DEFAULT_DEADLINES).date).toBe(
      '2025-10-15',
    );
    expect(deadlineOf('annual', { start: '2025-01-01', end: '2025-12-31' }, DEFAULT_DEADLINES).date).toBe(
      '2026-03-31',
    );
  });

  test('a day beyond the month’s end is clamped (the 31st of February is the 28th)', () => {
    const d = { ...DEFAULT_DEADLINES, monthly: { dayOfNextMonth: 31 } };
    expect(deadlineOf('monthly', { start: '2025-01-01', end: '2025-01-31' }, d).date).toBe('2025-02-28');
  });

  test('a stored setting is validated; none stored gives the default', () => {
    expect(parseDeadlines(undefined)).toEqual(DEFAULT_DEADLINES);
    expect(() => parseDeadlines(JSON.stringify({ monthly: { dayOfNextMonth: 40 } }))).toThrow(
      /filing.deadlines/,
    );
  });
});
