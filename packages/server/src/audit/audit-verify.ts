import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';
import { type AuditRow, chainHash, entryOfRow, GENESIS_HASH, listAuditAfter } from './audit.repository.ts';

export type AuditVerifyOutcome =
  | { intact: true; entries: number }
  | { intact: false; entries: number; brokenAtId: number; reason: string };

const PAGE = 1000;

/**
 * Walks the audit chain in id order and recomputes every hash from the stored columns only. Reports
 * the first entry that does not hold: its contents changed (its hash no longer matches them), or the
 * link to its predecessor is broken (an earlier entry was removed or rewritten). An id gap alone is
 * not a break: PostgreSQL does not hand back sequence values of rolled-back transactions; a removed
 * entry always shows as a broken link in the entry after it.
 */
export async function verifyAuditChain(db: Kysely<DB>): Promise<AuditVerifyOutcome> {
  let previous: AuditRow | undefined;
  let entries = 0;
  for (;;) {
    const page = await listAuditAfter(db, previous?.id ?? 0, PAGE);
    for (const row of page) {
      const reason = linkProblem(previous, row) ?? contentProblem(row);
      if (reason) return { intact: false, entries, brokenAtId: row.id, reason };
      previous = row;
      entries += 1;
    }
    if (page.length < PAGE) return { intact: true, entries };
  }
}

function linkProblem(previous: AuditRow | undefined, row: AuditRow): string | undefined {
  if (!previous) {
    if (row.prev_hash === GENESIS_HASH) return undefined;
    return `prev_hash is not the genesis hash: entries before #${row.id} were removed`;
  }
  if (row.prev_hash === previous.hash) return undefined;
  if (row.id > previous.id + 1) {
    const missing = row.id === previous.id + 2 ? `#${previous.id + 1}` : `#${previous.id + 1}–#${row.id - 1}`;
    return `prev_hash does not match entry #${previous.id}: entry ${missing} was removed`;
  }
  return `prev_hash does not match entry #${previous.id}: that entry was rewritten or an entry removed`;
}

function contentProblem(row: AuditRow): string | undefined {
  let recomputed: string;
  try {
    recomputed = chainHash(row.prev_hash, entryOfRow(row));
  } catch {
    return 'detail_json is not valid JSON: the entry was changed';
  }
  return recomputed === row.hash
    ? undefined
    : 'hash does not match the stored contents: the entry was changed';
}
