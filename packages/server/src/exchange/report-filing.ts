import type { Filing } from '@greenshore/core';
import type { RowError } from './exchange-column.ts';
import { CLOUD_LABEL, HARDWARE_LABEL, REPORTS_LABEL, type ReportGroup } from './report-groups.ts';
import { CLOUD_COLUMNS, HARDWARE_COLUMNS, REPORT_COLUMNS } from './reports.columns.ts';
import { bodyOf, rowError } from './row-codec.ts';

const REVENUE_KEYS = REPORT_COLUMNS.map((c) => c.key).filter((k) => k.startsWith('revenue.'));
const NOT_FILING = ['uscc', 'periodType', ...REVENUE_KEYS];
const ROW_KEYS = ['uscc', 'periodType', 'period.start'];

/**
 * The filing of a report group: the report fields of its first row, one revenue line per row, and the
 * Hardware and Cloud rows; without those sheets (CSV) the stored report's hardware and cloud stay.
 */
export function filingBody(group: ReportGroup, stored: Filing | null): Record<string, unknown> {
  const [first] = group.rows;
  const filing = bodyOf(first?.values ?? {}, NOT_FILING);
  filing.revenue = group.rows.map((r) => {
    const line = bodyOf(
      Object.fromEntries(REVENUE_KEYS.map((k) => [k, r.values[k]]).filter(([, v]) => v !== undefined)),
    );
    return line.revenue ?? {};
  });
  filing.hardware = group.hardware
    ? group.hardware.map((r) => bodyOf(r.values, ROW_KEYS))
    : (stored?.hardware ?? []);
  filing.cloud = group.cloud ? group.cloud.map((r) => bodyOf(r.values, ROW_KEYS)) : (stored?.cloud ?? []);
  return filing;
}

/**
 * A zod issue of the report body, on the row and column it is about: `filing.revenue.2.amountCny` is
 * the third revenue row's amount, `filing.hardware.0.count` the first Hardware row, anything else the
 * report's first row.
 */
export function issueError(group: ReportGroup, path: readonly PropertyKey[]): (message: string) => RowError {
  const [head, ...rest] = path.map(String);
  const first = group.rows[0] as ReportGroup['rows'][number];
  if (head !== 'filing') return (m) => rowError(REPORTS_LABEL, first, REPORT_COLUMNS, head ?? '', m);
  const [field, index, ...tail] = rest;
  const at = Number(index);
  if (field === 'revenue' && Number.isInteger(at)) {
    const row = group.rows[at] ?? first;
    return (m) => rowError(REPORTS_LABEL, row, REPORT_COLUMNS, `revenue.${tail.join('.') || 'category'}`, m);
  }
  for (const [name, label, columns, rows] of [
    ['hardware', HARDWARE_LABEL, HARDWARE_COLUMNS, group.hardware],
    ['cloud', CLOUD_LABEL, CLOUD_COLUMNS, group.cloud],
  ] as const) {
    const row = field === name && rows ? rows[at] : undefined;
    if (row) return (m) => rowError(label, row, columns, tail.join('.'), m);
  }
  return (m) => rowError(REPORTS_LABEL, first, REPORT_COLUMNS, rest.join('.'), m);
}
