import { canonicalJson, type Filing, filingSchema } from '@greenshore/core';
import type { Transaction } from 'kysely';
import type { DB } from '../db/database.types.ts';
import { HttpError } from '../http/http-errors.ts';
import { reportBody } from '../reports/report.schemas.ts';
import { appendVersion, insertNewReport } from '../reports/report-history.writer.ts';
import { type PeriodType, periodMismatch } from '../reports/report-period.ts';
import { computeVersion } from '../reports/report-version.factory.ts';
import { findReport } from '../reports/reports.repository.ts';
import { enterpriseIdsByUscc } from './exchange.repository.ts';
import type { RowError } from './exchange-column.ts';
import { reportsOfEnterprises } from './exchange-export.repository.ts';
import { enterpriseOf, type ImportScope, type Planner } from './import-plan.ts';
import { filingBody, issueError } from './report-filing.ts';
import {
  CLOUD_LABEL,
  groupReports,
  HARDWARE_LABEL,
  REPORTS_LABEL,
  type ReportGroup,
} from './report-groups.ts';
import { REPORT_COLUMNS } from './reports.columns.ts';
import { rowError } from './row-codec.ts';

type Stored = Awaited<ReturnType<typeof reportsOfEnterprises>>[number];
interface Write {
  enterpriseId: number;
  periodType: PeriodType;
  filing: Filing;
  replaces: Stored | null;
}

const reportKey = (enterpriseId: number, type: string, start: string) =>
  `${enterpriseId}\u0000${type}\u0000${start}`;

function storedFiling(stored: Stored | undefined): Filing | null {
  const parsed = stored ? filingSchema.safeParse(JSON.parse(stored.filing_json)) : null;
  return parsed?.success ? parsed.data : null;
}

/** One report of the file checked as POST /enterprises/{id}/reports (or PUT, for a stored draft) would. */
function planGroup(
  scope: ImportScope,
  group: ReportGroup,
  ids: Map<string, number>,
  stored: Map<string, Stored>,
) {
  const first = group.rows[0] as ReportGroup['rows'][number];
  const fail = (key: string, message: string) => ({
    errors: [rowError(REPORTS_LABEL, first, REPORT_COLUMNS, key, message)],
  });
  // The API's filing-side rule (assertFiler): the enterprise's filer, or an administrator on its behalf.
  if (scope.actor.role === 'analyst')
    return fail('uscc', 'only the enterprise’s filer or an administrator may file reports');
  const enterprise = enterpriseOf(scope, ids, group.uscc);
  if ('message' in enterprise) return fail('uscc', enterprise.message);
  const key = reportKey(enterprise.id, String(first.values.periodType), String(first.values['period.start']));
  const existing = stored.get(key);
  const body = { periodType: first.values.periodType, filing: filingBody(group, storedFiling(existing)) };
  const parsed = reportBody.safeParse(body);
  if (!parsed.success)
    return { errors: parsed.error.issues.map((i) => issueError(group, i.path)(i.message)) };
  const { periodType, filing } = parsed.data;
  const mismatch = periodMismatch(periodType, filing.period);
  if (mismatch) return fail('period.end', mismatch);
  if (!existing) return { write: { enterpriseId: enterprise.id, periodType, filing, replaces: null } };
  if (existing.period_type === periodType && canonicalJson(storedFiling(existing)) === canonicalJson(filing))
    return { unchanged: true };
  if (existing.status !== 'draft' && existing.status !== 'returned')
    return fail('period.start', `report is ${existing.status}: amend it in the app`);
  return { write: { enterpriseId: enterprise.id, periodType, filing, replaces: existing } };
}

/** Reports by (enterprise, period type, period start): new drafts, replaced drafts, unchanged ones. */
export const planReports: Planner = async (db, scope, workbook, onRow) => {
  const { groups, errors, total, failedRows } = groupReports(workbook);
  const ids = await enterpriseIdsByUscc(
    db,
    groups.map((g) => g.uscc),
  );
  const stored = new Map(
    (await reportsOfEnterprises(db, ids.values())).map((r) => [
      reportKey(r.enterprise_id, r.period_type, r.period_start),
      r,
    ]),
  );
  const writes: Write[] = [];
  let unchanged = 0;
  for (const group of groups) {
    for (const _ of group.rows) onRow();
    const bad = (label: string, rows: ReportGroup['rows'] | null) =>
      rows?.some((r) => r.failed || failedRows.has(`${label}\u0000${r.row}`)) ?? false;
    // A report with a row already refused is skipped whole: its other rows alone are not the report.
    if (
      bad(REPORTS_LABEL, group.rows) ||
      bad(HARDWARE_LABEL, group.hardware) ||
      bad(CLOUD_LABEL, group.cloud)
    )
      continue;
    const planned = planGroup(scope, group, ids, stored);
    if ('errors' in planned) errors.push(...(planned.errors as RowError[]));
    else if ('write' in planned) writes.push(planned.write as Write);
    else unchanged++;
  }
  return {
    total,
    errors,
    summary: {
      created: writes.filter((w) => !w.replaces).length,
      updated: writes.filter((w) => w.replaces).length,
      unchanged,
    },
    write: (trx) => writeReports(trx, scope, writes),
  };
};

/** The same writers as POST and PUT: a version with its computed result and plausibility flags. */
async function writeReports(trx: Transaction<DB>, scope: ImportScope, writes: Write[]): Promise<void> {
  const now = scope.now.toISOString();
  const lostRace = new HttpError(409, 'a report changed during the import: import the file again');
  for (const w of writes) {
    const computed = await computeVersion(
      trx,
      { enterpriseId: w.enterpriseId, periodType: w.periodType },
      w.filing,
    );
    if (!w.replaces) {
      const report = { enterpriseId: w.enterpriseId, periodType: w.periodType, period: w.filing.period };
      await insertNewReport(trx, { kind: scope.dialect, actor: scope.actor, now }, report, computed);
      continue;
    }
    const report = await findReport(trx, w.replaces.id);
    if (!report || report.status !== w.replaces.status) throw lostRace;
    const writer = { kind: scope.dialect, actor: scope.actor, now, action: 'replace', lostRace };
    await appendVersion(trx, writer, report, {
      status: report.status,
      computed,
      explanation: null,
      returnReason: report.return_reason,
      changeReason: null,
    });
  }
}
