import { createHash } from 'node:crypto';
import { canonicalJson } from '@greenshore/core';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/database.types.ts';
import { type DialectKind, lockAuditChain } from '../db/dialect.ts';

export interface AuditEntry {
  at: string;
  actorUserId: number | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  detail: Record<string, unknown>;
}

export const GENESIS_HASH = '0'.repeat(64);

/** sha256 of the previous hash and the entry's canonical JSON (the chain `audit verify` recomputes). */
export function chainHash(prevHash: string, entry: AuditEntry): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(entry)).digest('hex');
}

/** Appends one entry to the hash-chained audit log, inside the caller's transaction. */
export async function appendAudit(trx: Transaction<DB>, kind: DialectKind, entry: AuditEntry): Promise<void> {
  await lockAuditChain(trx, kind);
  const last = await trx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  await trx
    .insertInto('audit_log')
    .values({
      at: entry.at,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      detail_json: canonicalJson(entry.detail),
      prev_hash: prevHash,
      hash: chainHash(prevHash, entry),
    })
    .execute();
}

/** Appends one entry in its own transaction (for events outside any other write, e.g. a failed login). */
export async function recordAudit(db: Kysely<DB>, kind: DialectKind, entry: AuditEntry): Promise<void> {
  await db.transaction().execute((trx) => appendAudit(trx, kind, entry));
}
