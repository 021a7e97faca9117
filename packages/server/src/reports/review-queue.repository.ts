import type { Kysely } from 'kysely';
import type { DB, ReportsTable } from '../db/database.types.ts';
import type { PeriodType } from './report-period.ts';

export interface ReviewQueueFilter {
  status?: ReportsTable['status'] | undefined;
  periodType?: PeriodType | undefined;
  year?: number | undefined;
  enterpriseId?: number | undefined;
}

/** Reports joined with their current version and their enterprise: one row per queue item. */
export function reviewQueueQuery(db: Kysely<DB>, f: ReviewQueueFilter) {
  let q = db
    .selectFrom('reports as r')
    .innerJoin('report_versions as v', (j) =>
      j.onRef('v.report_id', '=', 'r.id').onRef('v.version', '=', 'r.current_version'),
    )
    .innerJoin('enterprises as e', 'e.id', 'r.enterprise_id');
  if (f.status) q = q.where('r.status', '=', f.status);
  if (f.periodType) q = q.where('r.period_type', '=', f.periodType);
  if (f.enterpriseId !== undefined) q = q.where('r.enterprise_id', '=', f.enterpriseId);
  if (f.year !== undefined)
    q = q.where('r.period_start', '>=', `${f.year}-01-01`).where('r.period_start', '<=', `${f.year}-12-31`);
  return q;
}

export type ReviewQueueRow = Awaited<ReturnType<typeof listReviewQueue>>[number];

/** Oldest change first: the report waiting longest is reviewed first. */
export function listReviewQueue(
  db: Kysely<DB>,
  f: ReviewQueueFilter,
  page: { limit: number; offset: number },
) {
  return reviewQueueQuery(db, f)
    .select([
      'r.id',
      'r.enterprise_id',
      'e.name_zh',
      'e.name_en',
      'r.period_type',
      'r.period_start',
      'r.period_end',
      'r.status',
      'r.current_version',
      'r.updated_at',
      'v.flags_json',
      'v.explanation',
    ])
    .orderBy('r.updated_at')
    .orderBy('r.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countReviewQueue(db: Kysely<DB>, f: ReviewQueueFilter): Promise<number> {
  const row = await reviewQueueQuery(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
