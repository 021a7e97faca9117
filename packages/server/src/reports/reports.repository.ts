import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { DB, ReportsTable, ReportVersionsTable } from '../db/database.types.ts';
import type { PeriodType } from './report-period.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** Columns of a report joined with its current version: what every read and transition needs. */
const REPORT_COLUMNS = [
  'r.id',
  'r.enterprise_id',
  'r.period_type',
  'r.period_start',
  'r.period_end',
  'r.status',
  'r.current_version',
  'r.updated_at',
  'v.filing_json',
  'v.result_json',
  'v.calculation_version',
  'v.factor_ids',
  'v.flags_json',
  'v.explanation',
  'v.return_reason',
] as const;

function reportsWithCurrentVersion(db: Db) {
  return db
    .selectFrom('reports as r')
    .innerJoin('report_versions as v', (j) =>
      j.onRef('v.report_id', '=', 'r.id').onRef('v.version', '=', 'r.current_version'),
    );
}

export type ReportRow = Awaited<ReturnType<typeof findReport>> & {};

export function findReport(db: Db, id: number) {
  return reportsWithCurrentVersion(db).select(REPORT_COLUMNS).where('r.id', '=', id).executeTakeFirst();
}

export interface ReportFilters {
  status?: ReportsTable['status'] | undefined;
  year?: number | undefined;
  periodType?: PeriodType | undefined;
}

type Joined = ReturnType<typeof reportsWithCurrentVersion>;

function filtered(q: Joined, e: number, f: ReportFilters): Joined {
  let out = q.where('r.enterprise_id', '=', e);
  if (f.status) out = out.where('r.status', '=', f.status);
  if (f.periodType) out = out.where('r.period_type', '=', f.periodType);
  if (f.year !== undefined)
    out = out
      .where('r.period_start', '>=', `${f.year}-01-01`)
      .where('r.period_start', '<=', `${f.year}-12-31`);
  return out;
}

export function listReports(
  db: Db,
  enterpriseId: number,
  f: ReportFilters,
  page: { limit: number; offset: number },
) {
  return filtered(reportsWithCurrentVersion(db), enterpriseId, f)
    .select(REPORT_COLUMNS)
    .orderBy('r.period_start', 'desc')
    .orderBy('r.period_type')
    .orderBy('r.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countReports(db: Db, enterpriseId: number, f: ReportFilters): Promise<number> {
  const row = await filtered(reportsWithCurrentVersion(db), enterpriseId, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findReportIdForPeriod(
  db: Db,
  enterpriseId: number,
  type: PeriodType,
  start: string,
  end: string,
) {
  return db
    .selectFrom('reports')
    .select('id')
    .where('enterprise_id', '=', enterpriseId)
    .where('period_type', '=', type)
    .where('period_start', '=', start)
    .where('period_end', '=', end)
    .executeTakeFirst();
}

export async function insertReport(trx: Transaction<DB>, row: Insertable<ReportsTable>): Promise<number> {
  const inserted = await trx.insertInto('reports').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function insertReportVersion(trx: Transaction<DB>, row: Insertable<ReportVersionsTable>) {
  await trx.insertInto('report_versions').values(row).execute();
}

/**
 * Moves a report to its next version, only if it is still at `fromVersion`: under concurrent writers
 * exactly one succeeds (PostgreSQL re-checks the condition after the row lock is released).
 */
export async function advanceReport(
  trx: Transaction<DB>,
  id: number,
  fromVersion: number,
  next: { status: ReportsTable['status']; updatedAt: string },
): Promise<boolean> {
  const result = await trx
    .updateTable('reports')
    .set({ status: next.status, current_version: fromVersion + 1, updated_at: next.updatedAt })
    .where('id', '=', id)
    .where('current_version', '=', fromVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type VersionRow = Selectable<ReportVersionsTable> & { actor_email: string | null };

export function listReportVersions(db: Db, reportId: number): Promise<VersionRow[]> {
  return db
    .selectFrom('report_versions as v')
    .leftJoin('users as u', 'u.id', 'v.actor_user_id')
    .selectAll('v')
    .select('u.email as actor_email')
    .where('v.report_id', '=', reportId)
    .orderBy('v.version')
    .execute();
}
