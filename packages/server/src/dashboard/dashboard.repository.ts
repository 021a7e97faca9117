import { SERVICE_CODES } from '@greenshore/core';
import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';
import type { DashboardQuery } from './dashboard.schemas.ts';

/** Main service codes of a class: the class filter is on the enterprise's main activity. */
const codesOfClass = (cls: string) => SERVICE_CODES.filter((c) => c.serviceClass === cls).map((c) => c.code);

/**
 * Approved reports' current versions with enterprise and district, filtered, in one query; ordered by
 * enterprise so the aggregation's per-enterprise fast path applies.
 */
export function listDashboardRows(db: Kysely<DB>, q: DashboardQuery & { endFrom: string; endTo: string }) {
  let query = db
    .selectFrom('reports as r')
    .innerJoin('report_versions as v', (j) =>
      j.onRef('v.report_id', '=', 'r.id').onRef('v.version', '=', 'r.current_version'),
    )
    .innerJoin('enterprises as e', 'e.id', 'r.enterprise_id')
    .innerJoin('districts as d', 'd.id', 'e.district_id')
    .select([
      'r.enterprise_id',
      'r.period_type',
      'r.period_end',
      'v.filing_json',
      'v.result_json',
      'e.ownership',
      'e.park_id',
      'e.main_service_code',
      'e.fdi_amount_fen',
      'e.founded_on',
      'd.code as district_code',
    ])
    .where('r.status', '=', 'approved')
    .where('r.period_end', '>=', q.endFrom)
    .where('r.period_end', '<=', q.endTo);
  if (q.district !== undefined) query = query.where('d.code', '=', q.district);
  if (q.park !== undefined) query = query.where('e.park_id', '=', q.park);
  if (q.ownership !== undefined) query = query.where('e.ownership', '=', q.ownership);
  if (q.class !== undefined) query = query.where('e.main_service_code', 'in', codesOfClass(q.class));
  return query.orderBy('r.enterprise_id').orderBy('r.period_end').execute();
}

export type DashboardDbRow = Awaited<ReturnType<typeof listDashboardRows>>[number];

/** First and last year with an approved report (the year picker's range); null when there is none. */
export async function findApprovedYearRange(db: Kysely<DB>): Promise<{ first: number; last: number } | null> {
  const row = await db
    .selectFrom('reports')
    .select((eb) => [eb.fn.min('period_end').as('first'), eb.fn.max('period_end').as('last')])
    .where('status', '=', 'approved')
    .executeTakeFirst();
  if (!row?.first || !row.last) return null;
  return { first: Number(String(row.first).slice(0, 4)), last: Number(String(row.last).slice(0, 4)) };
}

/** Districts and parks for the filter pickers. */
export async function listFilterPlaces(db: Kysely<DB>) {
  const districts = await db
    .selectFrom('districts')
    .select(['id', 'code', 'name_zh', 'name_en'])
    .orderBy('code')
    .execute();
  const parks = await db
    .selectFrom('parks as p')
    .innerJoin('districts as d', 'd.id', 'p.district_id')
    .select(['p.id', 'd.code as district_code', 'p.name_zh', 'p.name_en'])
    .orderBy('d.code')
    .orderBy('p.id')
    .execute();
  return { districts, parks };
}
