import { isOffshoreCountry } from '../catalogue/other-codes.ts';
import { isServiceOutsourcing, isSoftwareCode } from '../catalogue/service-codes.ts';
import type { DemoReport } from './demo-city.types.ts';

/** The revenue-line shape shared by filings and drafts. */
export interface LineLike {
  category: string;
  amountCny: number;
  clientCountry: string;
}

export interface OutsourcingTotals {
  softwareCny: number;
  serviceOutsourcingCny: number;
  offshoreCny: number;
}

/** Software, service-outsourcing (every code but OTHER) and offshore revenue of some lines. */
export function outsourcingTotals(lines: Iterable<LineLike>): OutsourcingTotals {
  const totals = { softwareCny: 0, serviceOutsourcingCny: 0, offshoreCny: 0 };
  for (const line of lines) {
    if (!isServiceOutsourcing(line.category)) continue;
    totals.serviceOutsourcingCny += line.amountCny;
    if (isSoftwareCode(line.category)) totals.softwareCny += line.amountCny;
    if (isOffshoreCountry(line.clientCountry)) totals.offshoreCny += line.amountCny;
  }
  return totals;
}

export type ReportFilter = (report: DemoReport) => boolean;

/** The year a report's period starts in. */
export function reportYear(report: DemoReport): number {
  return Number(report.filing.period.start.slice(0, 4));
}

function* linesOf(reports: readonly DemoReport[], filter: ReportFilter): Iterable<LineLike> {
  for (const report of reports) if (filter(report)) yield* report.filing.revenue;
}

/** Software revenue ÷ service-outsourcing revenue (the seed's "software takes 87.3%"); null if none. */
export function softwareShare(
  reports: readonly DemoReport[],
  filter: ReportFilter = () => true,
): number | null {
  const totals = outsourcingTotals(linesOf(reports, filter));
  return totals.serviceOutsourcingCny > 0 ? totals.softwareCny / totals.serviceOutsourcingCny : null;
}

/** Offshore ÷ service-outsourcing revenue (HK, MO and TW count as offshore); null if none. */
export function offshoreShare(
  reports: readonly DemoReport[],
  filter: ReportFilter = () => true,
): number | null {
  const totals = outsourcingTotals(linesOf(reports, filter));
  return totals.serviceOutsourcingCny > 0 ? totals.offshoreCny / totals.serviceOutsourcingCny : null;
}

/** Service-outsourcing revenue by client country, CNY. */
export function revenueByClientCountry(
  reports: readonly DemoReport[],
  filter: ReportFilter = () => true,
): Record<string, number> {
  const byCountry: Record<string, number> = {};
  for (const line of linesOf(reports, filter)) {
    if (!isServiceOutsourcing(line.category)) continue;
    byCountry[line.clientCountry] = (byCountry[line.clientCountry] ?? 0) + line.amountCny;
  }
  return byCountry;
}
