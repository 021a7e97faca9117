import type { FactorUsed } from '@greenshore/core';
import type { DashboardAnswer } from '../dashboard/dashboard.schemas.ts';
import { DashboardService } from '../dashboard/dashboard.service.ts';
import type { AppContext } from '../http/app-context.ts';
import { preferredRows } from '../indicators/indicator-rows.ts';
import { listApprovedIndicatorRows } from '../indicators/indicators.repository.ts';

export interface AnnualReportData {
  year: number;
  dashboard: DashboardAnswer;
  /** Distinct library factors the counted reports used, by id, sorted. */
  factors: FactorUsed[];
}

/**
 * The annual report's figures: the dashboard's answer for the year (the same aggregation the bureau
 * sees) and the factors of the reports that counted, from the same approved-rows query.
 */
export async function readAnnualReport(ctx: AppContext, year: number): Promise<AnnualReportData> {
  const dashboard = await new DashboardService(ctx).read({ year });
  const rows = await listApprovedIndicatorRows(ctx.database.db, {
    endFrom: `${year}-01-01`,
    endTo: `${year}-12-31`,
  });
  const { countsForYear } = preferredRows(rows);
  const factors = new Map<string, FactorUsed>();
  for (const row of rows) {
    if (!countsForYear(row)) continue;
    const used: FactorUsed[] = JSON.parse(row.result_json).factors ?? [];
    for (const f of used) if (!factors.has(f.id)) factors.set(f.id, f);
  }
  return { year, dashboard, factors: [...factors.values()].sort((a, b) => a.id.localeCompare(b.id)) };
}
