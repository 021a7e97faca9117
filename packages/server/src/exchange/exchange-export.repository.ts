import type { Kysely } from 'kysely';
import { chunks } from '../db/batch.ts';
import type { DB } from '../db/database.types.ts';
import {
  type EnterpriseFilter,
  type EnterpriseOrder,
  matches,
  ordered,
} from '../enterprises/enterprise-list.filter.ts';
import {
  type CertificationRow,
  type EnterpriseRow,
  selectEnterprises,
} from '../enterprises/enterprises.repository.ts';
import { type ReviewQueueFilter, reviewQueueQuery } from '../reports/review-queue.repository.ts';

/** Reads of exports: whole filtered lists with the USCC every template row is keyed by. */

export function enterprisesForExport(
  db: Kysely<DB>,
  filter: EnterpriseFilter,
  order: EnterpriseOrder,
): Promise<EnterpriseRow[]> {
  return ordered(selectEnterprises(db).where(matches(filter)), order).execute();
}

/** By enterprise id, then start; chunked in id order so a long list stays under the parameter limit. */
export async function certificationsForExport(
  db: Kysely<DB>,
  enterpriseIds: readonly number[],
): Promise<CertificationRow[]> {
  const out: CertificationRow[] = [];
  for (const batch of chunks(
    [...new Set(enterpriseIds)].sort((a, b) => a - b),
    500,
  )) {
    out.push(
      ...(await db
        .selectFrom('certifications')
        .selectAll()
        .where('enterprise_id', 'in', batch)
        .orderBy('enterprise_id')
        .orderBy('valid_from')
        .execute()),
    );
  }
  return out;
}

export function contractsForExport(db: Kysely<DB>, enterpriseId: number | undefined) {
  let q = db
    .selectFrom('contracts as c')
    .innerJoin('enterprises as e', 'e.id', 'c.enterprise_id')
    .selectAll('c')
    .select('e.uscc');
  if (enterpriseId !== undefined) q = q.where('c.enterprise_id', '=', enterpriseId);
  return q.orderBy('c.enterprise_id').orderBy('c.id').execute();
}

export function executionsForExport(db: Kysely<DB>, enterpriseId: number | undefined) {
  let q = db
    .selectFrom('contract_executions as x')
    .innerJoin('contracts as c', 'c.id', 'x.contract_id')
    .innerJoin('enterprises as e', 'e.id', 'c.enterprise_id')
    .selectAll('x')
    .select(['e.uscc', 'c.reference', 'c.currency', 'c.rate_to_cny as contract_rate_to_cny']);
  if (enterpriseId !== undefined) q = q.where('c.enterprise_id', '=', enterpriseId);
  return q.orderBy('c.enterprise_id').orderBy('c.id').orderBy('x.period_start').execute();
}

/** Reports with their current version, filtered like the review queue. */
export function reportsForExport(db: Kysely<DB>, f: ReviewQueueFilter) {
  return reviewQueueQuery(db, f)
    .select(['e.uscc', 'r.period_type', 'r.status', 'r.current_version', 'v.filing_json', 'v.result_json'])
    .orderBy('r.enterprise_id')
    .orderBy('r.period_start')
    .orderBy('r.period_type')
    .execute();
}

/** Stored enterprises by USCC, with their district code (as the API and the template name it). */
export async function enterprisesByUscc(db: Kysely<DB>, usccs: readonly string[]) {
  const out = new Map<string, EnterpriseRow>();
  for (const batch of chunks([...new Set(usccs)], 500)) {
    const rows = await selectEnterprises(db).where('enterprises.uscc', 'in', batch).execute();
    for (const r of rows) out.set(r.uscc, r);
  }
  return out;
}

/** The stored reports of these enterprises with their current filing: what a report import compares. */
export async function reportsOfEnterprises(db: Kysely<DB>, ids: Iterable<number>) {
  const out = [];
  for (const batch of chunks([...new Set(ids)], 500)) {
    out.push(
      ...(await db
        .selectFrom('reports as r')
        .innerJoin('report_versions as v', (j) =>
          j.onRef('v.report_id', '=', 'r.id').onRef('v.version', '=', 'r.current_version'),
        )
        .select(['r.id', 'r.enterprise_id', 'r.period_type', 'r.period_start', 'r.status', 'v.filing_json'])
        .where('r.enterprise_id', 'in', batch)
        .execute()),
    );
  }
  return out;
}
