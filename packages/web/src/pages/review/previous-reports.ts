import type { ReportDto } from './review.types.ts';

/** The ISO date of the day before `isoDate` (UTC calendar arithmetic, no time zones involved). */
export function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The enterprise's report of the same period type for the period just before `report`'s, if any. */
export function previousPeriodReport(
  reports: readonly Pick<ReportDto, 'id' | 'periodType' | 'period'>[],
  report: Pick<ReportDto, 'periodType' | 'period'>,
): number | null {
  const end = dayBefore(report.period.start);
  const found = reports.find((r) => r.periodType === report.periodType && r.period.end === end);
  return found?.id ?? null;
}

/** A period as readers write it: 2024-Q4, 2024-12 or 2024. */
export function periodLabel(type: ReportDto['periodType'], period: { start: string }): string {
  const year = period.start.slice(0, 4);
  const month = Number(period.start.slice(5, 7));
  if (type === 'annual') return year;
  if (type === 'quarterly') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * The version to compare the current one with: the last one the bureau decided on (approved or
 * returned), because a submit copies the draft's figures and would show no change at all.
 */
export function previousVersionOf<V extends { version: number; action: string }>(
  versions: readonly V[],
  current: number,
): V | null {
  const earlier = versions.filter((v) => v.version < current);
  const decided = earlier.filter((v) => v.action === 'approved' || v.action === 'returned');
  return decided.at(-1) ?? earlier.at(-1) ?? null;
}
