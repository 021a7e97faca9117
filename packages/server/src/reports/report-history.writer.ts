import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/audit.repository.ts';
import type { UserRow } from '../auth/users.repository.ts';
import type { DB, ReportsTable } from '../db/database.types.ts';
import type { DialectKind } from '../db/dialect.ts';
import { HttpError } from '../http/http-errors.ts';
import type { ComputedVersion } from './report-version.factory.ts';
import { advanceReport, insertReport, insertReportVersion, type ReportRow } from './reports.repository.ts';

export interface NextVersion {
  status: ReportsTable['status'];
  computed: ComputedVersion;
  explanation: string | null;
  returnReason: string | null;
  changeReason: string | null;
}

/** The stored computation of the current version, for a transition that changes no figure. */
export function sameFigures(report: ReportRow): ComputedVersion {
  return {
    filing_json: report.filing_json,
    result_json: report.result_json,
    calculation_version: report.calculation_version,
    factor_ids: report.factor_ids,
    flags_json: report.flags_json,
  };
}

/**
 * Every change of a report appends a version (never an update: report_versions is append-only) and
 * moves the report to it, with its audit entry, inside the caller's transaction. A writer that lost
 * the race to another gets `lostRace` (412 for a PUT, 409 for a workflow step).
 */
export async function appendVersion(
  trx: Transaction<DB>,
  ctx: { kind: DialectKind; actor: UserRow; now: string; action: string; lostRace: HttpError },
  report: ReportRow,
  next: NextVersion,
): Promise<void> {
  const advanced = await advanceReport(trx, report.id, report.current_version, {
    status: next.status,
    updatedAt: ctx.now,
  });
  if (!advanced) throw ctx.lostRace;
  const version = report.current_version + 1;
  await insertReportVersion(trx, {
    report_id: report.id,
    version,
    status: next.status,
    ...next.computed,
    explanation: next.explanation,
    return_reason: next.returnReason,
    change_reason: next.changeReason,
    actor_user_id: ctx.actor.id,
    created_at: ctx.now,
  });
  await appendAudit(trx, ctx.kind, {
    at: ctx.now,
    actorUserId: ctx.actor.id,
    action: `report.${ctx.action}`,
    entity: 'report',
    entityId: String(report.id),
    detail: { version, from: report.status, to: next.status },
  });
}

export interface NewReport {
  enterpriseId: number;
  periodType: ReportsTable['period_type'];
  period: { start: string; end: string };
}

/** A new report in draft with its version 1, and its audit entry, inside the caller's transaction. */
export async function insertNewReport(
  trx: Transaction<DB>,
  ctx: { kind: DialectKind; actor: UserRow; now: string },
  report: NewReport,
  computed: ComputedVersion,
): Promise<number> {
  const { start, end } = report.period;
  const id = await insertReport(trx, {
    enterprise_id: report.enterpriseId,
    period_type: report.periodType,
    period_start: start,
    period_end: end,
    status: 'draft',
    current_version: 1,
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  await insertReportVersion(trx, {
    report_id: id,
    version: 1,
    status: 'draft',
    ...computed,
    explanation: null,
    return_reason: null,
    change_reason: null,
    actor_user_id: ctx.actor.id,
    created_at: ctx.now,
  });
  const detail = { enterpriseId: report.enterpriseId, periodType: report.periodType, start, end };
  await appendAudit(trx, ctx.kind, {
    at: ctx.now,
    actorUserId: ctx.actor.id,
    action: 'report.create',
    entity: 'report',
    entityId: String(id),
    detail,
  });
  return id;
}

/** Answer for a workflow step that lost a race: the report moved on meanwhile. */
export const movedOn = () =>
  new HttpError(409, 'the report changed meanwhile; reload it', [
    { path: 'status', message: 'changed by another request' },
  ]);
