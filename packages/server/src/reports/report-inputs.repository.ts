import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/database.types.ts';
import type { PeriodType } from './report-period.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** What a report needs to know about its enterprise: that it exists, and its focus area's service. */
export function findReportingEnterprise(db: Db, id: number) {
  return db
    .selectFrom('enterprises')
    .select(['id', 'main_service_code'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The filing of the enterprise's latest approved report of the type that ended before `before`. */
export async function findPreviousApprovedFiling(
  db: Db,
  enterpriseId: number,
  type: PeriodType,
  before: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('reports as r')
    .innerJoin('report_versions as v', (j) =>
      j.onRef('v.report_id', '=', 'r.id').onRef('v.version', '=', 'r.current_version'),
    )
    .select('v.filing_json')
    .where('r.enterprise_id', '=', enterpriseId)
    .where('r.period_type', '=', type)
    .where('r.status', '=', 'approved')
    .where('r.period_end', '<', before)
    .orderBy('r.period_end', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.filing_json;
}

export interface PeerQuery {
  type: PeriodType;
  excludeEnterpriseId: number;
  serviceCodes: readonly string[];
  /** Period ends in (endAfter, endUpTo]. */
  endAfter: string;
  endUpTo: string;
}

/** Approved filings of the focus-area peers in the window, newest first (one enterprise may repeat). */
export function listPeerFilings(db: Db, q: PeerQuery) {
  return db
    .selectFrom('reports as r')
    .innerJoin('report_versions as v', (j) =>
      j.onRef('v.report_id', '=', 'r.id').onRef('v.version', '=', 'r.current_version'),
    )
    .innerJoin('enterprises as e', 'e.id', 'r.enterprise_id')
    .select(['r.enterprise_id', 'v.filing_json'])
    .where('r.status', '=', 'approved')
    .where('r.period_type', '=', q.type)
    .where('r.enterprise_id', '!=', q.excludeEnterpriseId)
    .where('e.main_service_code', 'in', [...q.serviceCodes])
    .where('r.period_end', '>', q.endAfter)
    .where('r.period_end', '<=', q.endUpTo)
    .orderBy('r.period_end', 'desc')
    .orderBy('r.enterprise_id')
    .execute();
}
