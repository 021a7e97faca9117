import { SERVICE_CODES } from '@greenshore/core';
import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';
import { type IndicatorDbRow, listApprovedIndicatorRows } from '../indicators/indicators.repository.ts';
import type { DashboardQuery } from './dashboard.schemas.ts';

/** Main service codes of a class: the class filter is on the enterprise's main activity. */
const codesOfClass = (cls: string) => SERVICE_CODES.filter((c) => c.serviceClass === cls).map((c) => c.code);

/** The dashboard's filters as the indicators query (one query for both; see listApprovedIndicatorRows). */
export function listDashboardRows(db: Kysely<DB>, q: DashboardQuery & { endFrom: string; endTo: string }) {
  return listApprovedIndicatorRows(db, {
    endFrom: q.endFrom,
    endTo: q.endTo,
    districtCode: q.district,
    parkId: q.park,
    ownership: q.ownership,
    mainServiceCodes: q.class === undefined ? undefined : codesOfClass(q.class),
  });
}

export type DashboardDbRow = IndicatorDbRow;

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
