import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';
import type { UserRow } from './users.repository.ts';

export interface SessionWithUser {
  sessionId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  user: UserRow;
}

export async function insertSession(
  db: Kysely<DB>,
  s: { tokenHash: string; userId: number; csrfToken: string; now: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: s.tokenHash,
      user_id: s.userId,
      csrf_token: s.csrfToken,
      created_at: s.now,
      last_seen_at: s.now,
    })
    .execute();
}

/** The live (not ended) session with this token hash and its user, if any. */
export async function findLiveSession(
  db: Kysely<DB>,
  tokenHash: string,
): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('u')
    .select(['s.id as session_id', 's.csrf_token', 's.created_at as session_created_at', 's.last_seen_at'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.ended_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { session_id, csrf_token, session_created_at, last_seen_at, ...user } = row;
  return {
    sessionId: session_id,
    csrfToken: csrf_token,
    createdAt: session_created_at,
    lastSeenAt: last_seen_at,
    user,
  };
}

export async function touchSession(db: Kysely<DB>, sessionId: number, now: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function endSession(db: Kysely<DB>, sessionId: number, now: string): Promise<void> {
  await db.updateTable('sessions').set({ ended_at: now }).where('id', '=', sessionId).execute();
}

/**
 * Ends every live session of a user: all of them when the account is disabled, all but the caller's
 * own when they changed their password.
 */
export async function endUserSessions(
  db: Kysely<DB>,
  userId: number,
  now: string,
  keepSessionId?: number,
): Promise<void> {
  let query = db
    .updateTable('sessions')
    .set({ ended_at: now })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null);
  if (keepSessionId !== undefined) query = query.where('id', '!=', keepSessionId);
  await query.execute();
}
