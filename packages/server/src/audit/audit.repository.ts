import { createHash } from 'node:crypto';
import { canonicalJson } from '@greenshore/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AuditLogTable, DB } from '../db/database.types.ts';
import { type DialectKind, lockAuditChain } from '../db/dialect.ts';

export interface AuditEntry {
  at: string;
  actorUserId: number | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  detail: Record<string, unknown>;
}

export type AuditRow = Selectable<AuditLogTable>;

export const GENESIS_HASH = '0'.repeat(64);

/** sha256 of the previous hash and the entry's canonical JSON (the chain `audit verify` recomputes). */
export function chainHash(prevHash: string, entry: AuditEntry): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(entry)).digest('hex');
}

/**
 * The entry exactly as its stored columns give it back. Appends hash this form too, so `audit verify`
 * recomputes every hash from the columns alone: a detail that does not survive a JSON round trip
 * (a Date, an undefined entity) can never make an untouched row look tampered with.
 */
export function entryOfRow(row: Omit<AuditRow, 'id' | 'prev_hash' | 'hash'>): AuditEntry {
  return {
    at: row.at,
    actorUserId: row.actor_user_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    detail: JSON.parse(row.detail_json) as Record<string, unknown>,
  };
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
  const columns = {
    at: entry.at,
    actor_user_id: entry.actorUserId ?? null,
    action: entry.action,
    entity: entry.entity ?? null,
    entity_id: entry.entityId ?? null,
    detail_json: canonicalJson(entry.detail),
  };
  await trx
    .insertInto('audit_log')
    .values({ ...columns, prev_hash: prevHash, hash: chainHash(prevHash, entryOfRow(columns)) })
    .execute();
}

/** Appends one entry in its own transaction (for events outside any other write, e.g. a failed login). */
export async function recordAudit(db: Kysely<DB>, kind: DialectKind, entry: AuditEntry): Promise<void> {
  await db.transaction().execute((trx) => appendAudit(trx, kind, entry));
}

/** One page of the chain in id order, after `afterId` (keyset paging keeps `audit verify` flat in memory). */
export function listAuditAfter(db: Kysely<DB>, afterId: number, limit: number): Promise<AuditRow[]> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}
