import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';

export interface FailureScope {
  email: string;
  /** Omitted: every address (the per-account cap). */
  clientIp?: string;
  sinceIso: string;
}

export async function insertLoginFailure(
  db: Kysely<DB>,
  f: { email: string; clientIp: string; at: string },
): Promise<void> {
  await db.insertInto('login_failures').values({ email: f.email, client_ip: f.clientIp, at: f.at }).execute();
}

/**
 * The time of the n-th newest failure in the scope since `sinceIso`, if there are at least n: one
 * indexed query answers both "is the limit reached" and "when does the oldest counted one expire".
 */
export async function findNthRecentFailureAt(
  db: Kysely<DB>,
  scope: FailureScope,
  n: number,
): Promise<string | undefined> {
  let query = db
    .selectFrom('login_failures')
    .select('at')
    .where('email', '=', scope.email)
    .where('at', '>', scope.sinceIso);
  if (scope.clientIp !== undefined) query = query.where('client_ip', '=', scope.clientIp);
  const row = await query
    .orderBy('at', 'desc')
    .offset(n - 1)
    .limit(1)
    .executeTakeFirst();
  return row?.at;
}

/** Failures older than the window count for nothing; dropping them keeps the table small. */
export async function deleteLoginFailuresBefore(db: Kysely<DB>, email: string, beforeIso: string) {
  await db.deleteFrom('login_failures').where('email', '=', email).where('at', '<', beforeIso).execute();
}
