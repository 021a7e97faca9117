import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/audit.repository.ts';
import type { DB } from '../db/database.types.ts';
import type { DialectKind } from '../db/dialect.ts';

/** Appends an audit entry about a user account (or one of its tokens) inside the caller's transaction. */
export function appendAccountAudit(
  trx: Transaction<DB>,
  kind: DialectKind,
  e: { at: Date; actorId: number; action: string; entity?: 'user' | 'api_token'; id: number; detail: object },
): Promise<void> {
  return appendAudit(trx, kind, {
    at: e.at.toISOString(),
    actorUserId: e.actorId,
    action: e.action,
    entity: e.entity ?? 'user',
    entityId: String(e.id),
    detail: e.detail as Record<string, unknown>,
  });
}
