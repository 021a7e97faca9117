import type { Kysely } from 'kysely';
import { type AuditEntry, appendAudit } from '../audit/audit.repository.ts';
import type { DB } from '../db/database.types.ts';
import type { Database } from '../db/dialect.ts';
import {
  deleteLoginFailuresBefore,
  findNthRecentFailureAt,
  insertLoginFailure,
} from './login-failures.repository.ts';

export const THROTTLE_WINDOW_MS = 3_600_000;

export interface ThrottleLimits {
  /** Failures of one account from one client address within the window (the 429 a guesser meets). */
  perAccountAndAddress: number;
  /** Failures of one account from all addresses: a looser cap against a distributed guesser. */
  perAccount: number;
}

/**
 * Login throttling (docs/adr/0005): a stranger guessing from one address locks only that address out
 * of the account; the account's owner elsewhere still logs in. Returns the seconds to wait, or
 * undefined when another attempt may proceed.
 */
export async function loginRetryAfter(
  db: Kysely<DB>,
  limits: ThrottleLimits,
  attempt: { email: string; clientIp: string; now: Date },
): Promise<number | undefined> {
  const sinceIso = new Date(attempt.now.getTime() - THROTTLE_WINDOW_MS).toISOString();
  const [fromAddress, overall] = await Promise.all([
    findNthRecentFailureAt(
      db,
      { email: attempt.email, clientIp: attempt.clientIp, sinceIso },
      limits.perAccountAndAddress,
    ),
    findNthRecentFailureAt(db, { email: attempt.email, sinceIso }, limits.perAccount),
  ]);
  const waits = [fromAddress, overall]
    .filter((at): at is string => at !== undefined)
    .map((at) => Date.parse(at) + THROTTLE_WINDOW_MS - attempt.now.getTime());
  if (waits.length === 0) return undefined;
  // The limit frees up when the n-th newest failure leaves the window.
  return Math.max(1, Math.ceil(Math.max(...waits) / 1000));
}

/**
 * A failed attempt counts toward throttling and is audited, in one transaction; failures that have
 * left the window are dropped on the way, so the table holds at most an hour per account.
 */
export async function recordLoginFailure(
  database: Database,
  failure: { email: string; clientIp: string; now: Date },
  audit: AuditEntry,
): Promise<void> {
  const windowStart = new Date(failure.now.getTime() - THROTTLE_WINDOW_MS).toISOString();
  await database.db.transaction().execute(async (trx) => {
    await insertLoginFailure(trx, { ...failure, at: failure.now.toISOString() });
    await deleteLoginFailuresBefore(trx, failure.email, windowStart);
    await appendAudit(trx, database.kind, audit);
  });
}
