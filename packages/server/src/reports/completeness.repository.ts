import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';
import type { Period, PeriodType } from './report-period.ts';

export async function findSettingJson(db: Kysely<DB>, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('settings').select('value_json').where('key', '=', key).executeTakeFirst();
  return row?.value_json;
}

/**
 * Every enterprise that existed by the period's end, with its report for the period (if any) and
 * when that report was first filed (its first submitted or approved version), in one query.
 */
export function listFilingState(db: Kysely<DB>, type: PeriodType, period: Period) {
  return db
    .selectFrom('enterprises as e')
    .innerJoin('districts as d', 'd.id', 'e.district_id')
    .leftJoin('reports as r', (j) =>
      j
        .onRef('r.enterprise_id', '=', 'e.id')
        .on('r.period_type', '=', type)
        .on('r.period_start', '=', period.start)
        .on('r.period_end', '=', period.end),
    )
    .leftJoin('report_versions as fv', (j) =>
      j.onRef('fv.report_id', '=', 'r.id').on('fv.status', 'in', ['submitted', 'approved']),
    )
    .select((eb) => [
      'e.id as enterprise_id',
      'e.uscc',
      'e.name_zh',
      'e.name_en',
      'd.code as district_code',
      'r.id as report_id',
      'r.status',
      eb.fn.min('fv.created_at').as('first_filed_at'),
    ])
    .where((eb) => eb.or([eb('e.founded_on', 'is', null), eb('e.founded_on', '<=', period.end)]))
    .groupBy(['e.id', 'e.uscc', 'e.name_zh', 'e.name_en', 'd.code', 'r.id', 'r.status'])
    .orderBy('e.id')
    .execute();
}
