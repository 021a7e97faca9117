import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';

/** The enterprise's main service code, or undefined when it does not exist. */
export function findMainServiceCode(db: Kysely<DB>, enterpriseId: number) {
  return db
    .selectFrom('enterprises')
    .select('main_service_code')
    .where('id', '=', enterpriseId)
    .executeTakeFirst();
}

/**
 * Approved reports (current version approved) ending in the year, with their enterprise's main
 * service code; only ids and figures are read, never names.
 */
export function listApprovedOfYear(db: Kysely<DB>, year: number) {
  return db
    .selectFrom('reports as r')
    .innerJoin('report_versions as v', (j) =>
      j.onRef('v.report_id', '=', 'r.id').onRef('v.version', '=', 'r.current_version'),
    )
    .innerJoin('enterprises as e', 'e.id', 'r.enterprise_id')
    .select(['r.enterprise_id', 'r.period_type', 'v.result_json', 'e.main_service_code'])
    .where('r.status', '=', 'approved')
    .where('r.period_end', '>=', `${year}-01-01`)
    .where('r.period_end', '<=', `${year}-12-31`)
    .orderBy('r.enterprise_id')
    .execute();
}

/** The latest year in which the enterprise has an approved report. */
export async function findLatestApprovedYearOf(db: Kysely<DB>, enterpriseId: number) {
  const row = await db
    .selectFrom('reports')
    .select((eb) => eb.fn.max('period_end').as('last'))
    .where('status', '=', 'approved')
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
  return row?.last ? Number(String(row.last).slice(0, 4)) : null;
}
