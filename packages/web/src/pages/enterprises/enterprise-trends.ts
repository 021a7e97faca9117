import { periodLabel } from '../review/previous-reports.ts';
import type { ReportDto } from '../review/review.types.ts';
import type { TaseCheck } from './enterprises.types.ts';

export interface TrendPoint {
  period: string;
  locationTCo2e: number | null;
  marketTCo2e: number | null;
  valueAdded10kCny: number | null;
  grossOutput10kCny: number | null;
}

const numberAt = (value: unknown, ...path: string[]): number | null => {
  let at: unknown = value;
  for (const key of path)
    at = at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return typeof at === 'number' && Number.isFinite(at) ? at : null;
};
const scaled = (n: number | null, divisor: number) => (n === null ? null : n / divisor);

/**
 * One series of one period type, oldest first: quarters when the enterprise files quarterly,
 * since mixing months, quarters and years on one axis would compare unlike amounts.
 */
export function trendPoints(reports: readonly ReportDto[]): TrendPoint[] {
  const types = new Set(reports.map((r) => r.periodType));
  const type = types.has('quarterly') ? 'quarterly' : (reports[0]?.periodType ?? 'quarterly');
  return reports
    .filter((r) => r.periodType === type)
    .sort((a, b) => a.period.start.localeCompare(b.period.start))
    .map((r) => ({
      period: periodLabel(r.periodType, r.period),
      locationTCo2e: scaled(numberAt(r.result, 'emissions', 'totalLocationKgCo2e'), 1000),
      marketTCo2e: scaled(numberAt(r.result, 'emissions', 'totalMarketKgCo2e'), 1000),
      valueAdded10kCny: scaled(numberAt(r.result, 'valueAdded', 'valueAddedCny'), 1e4),
      grossOutput10kCny: scaled(numberAt(r.result, 'valueAdded', 'grossOutputCny'), 1e4),
    }));
}

/** The report of the period that ended last (ties: the later-created report). */
export function latestReport(reports: readonly ReportDto[]): ReportDto | null {
  return [...reports].sort((a, b) => b.period.end.localeCompare(a.period.end) || b.id - a.id)[0] ?? null;
}

/** The TASE 2017 checks and verdict stored in a report's result, if the result has them. */
export function taseOf(report: ReportDto | null): { eligible: boolean; checks: TaseCheck[] } | null {
  const tase = (report?.result as { incentives?: { tase2017?: unknown } } | undefined)?.incentives?.tase2017;
  if (!tase || typeof tase !== 'object' || !Array.isArray((tase as { checks?: unknown }).checks)) return null;
  return tase as { eligible: boolean; checks: TaseCheck[] };
}
