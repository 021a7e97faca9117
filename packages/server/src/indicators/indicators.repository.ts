import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';

export interface IndicatorQuery {
  /** Period ends from (inclusive) … to (inclusive), ISO dates. */
  endFrom: string;
  endTo: string;
  districtCode?: string | undefined;
  parkId?: number | undefined;
  ownership?: string | undefined;
  /** Enterprises whose main service code is one of these. */
  mainServiceCodes?: readonly string[] | undefined;
}

/**
 * Approved reports (their current version is the approved one) with their enterprise and district,
 * in one query, ordered by enterprise so the aggregation's per-enterprise fast path applies.
 */
export function listApprovedIndicatorRows(db: Kysely<DB>, q: IndicatorQuery) {
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
  if (q.districtCode !== undefined) query = query.where('d.code', '=', q.districtCode);
  if (q.parkId !== undefined) query = query.where('e.park_id', '=', q.parkId);
  if (q.ownership !== undefined) query = query.where('e.ownership', '=', q.ownership);
  if (q.mainServiceCodes !== undefined)
    query = query.where('e.main_service_code', 'in', [...q.mainServiceCodes]);
  return query.orderBy('r.enterprise_id').orderBy('r.period_end').execute();
}

export type IndicatorDbRow = Awaited<ReturnType<typeof listApprovedIndicatorRows>>[number];

/** The latest year with an approved report: the default year of the dashboard. */
export async function findLatestApprovedYear(db: Kysely<DB>): Promise<number | null> {
  const row = await db
    .selectFrom('reports')
    .select((eb) => eb.fn.max('period_end').as('last'))
    .where('status', '=', 'approved')
    .executeTakeFirst();
  return row?.last ? Number(String(row.last).slice(0, 4)) : null;
}
