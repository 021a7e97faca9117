import type { Kysely, Transaction } from 'kysely';
import type { UserRow } from '../auth/users.repository.ts';
import type { DB } from '../db/database.types.ts';
import { forbidden, HttpError, notFound } from '../http/http-errors.ts';
import { assertEnterpriseAccess } from '../http/tenant-access.ts';
import { findReport, type ReportRow } from './reports.repository.ts';

/** A report the user may see: another tenant's report answers 404, like an id that does not exist. */
export async function loadVisibleReport(
  db: Kysely<DB> | Transaction<DB>,
  user: UserRow,
  id: number,
): Promise<ReportRow> {
  const report = await findReport(db, id);
  if (!report) throw notFound();
  assertEnterpriseAccess(user, report.enterprise_id);
  return report;
}

/**
 * Filing-side actions (create, replace, submit) belong to the enterprise's own filer; an admin may act
 * on its behalf (paper filings keyed in by the bureau). Call after the tenant check, so another
 * tenant's filer still gets 404.
 */
export function assertFiler(user: UserRow): void {
  if (user.role !== 'enterprise' && user.role !== 'admin')
    throw forbidden('only the enterprise’s filer may do this');
}

/** A transition the workflow does not allow from the report's status: 409 naming the status. */
export function illegalTransition(report: Pick<ReportRow, 'status'>, action: string): HttpError {
  return new HttpError(409, `cannot ${action} a ${report.status} report`, [
    { path: 'status', message: `is ${report.status}; ${action} is not allowed from it` },
  ]);
}

/** The report's period is its identity: a replacement or amendment may not move it. */
export function assertSamePeriod(
  report: ReportRow,
  periodType: string,
  period: { start: string; end: string },
) {
  if (periodType !== report.period_type) {
    throw new HttpError(409, 'a report’s period type cannot change', [
      { path: 'periodType', message: `this report is ${report.period_type}` },
    ]);
  }
  if (period.start !== report.period_start || period.end !== report.period_end) {
    throw new HttpError(409, 'a report’s period cannot change; create a report for the other period', [
      { path: 'filing.period', message: `this report covers ${report.period_start} to ${report.period_end}` },
    ]);
  }
}
