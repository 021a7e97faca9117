import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';
import type { UserRow } from './users.repository.ts';

export async function insertApiToken(
  db: Kysely<DB>,
  t: { tokenHash: string; userId: number; name: string; now: string },
): Promise<number> {
  const row = await db
    .insertInto('api_tokens')
    .values({ token_hash: t.tokenHash, user_id: t.userId, name: t.name, created_at: t.now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The enabled user behind a bearer token that is not revoked, if any. */
export async function findUserByLiveApiToken(
  db: Kysely<DB>,
  tokenHash: string,
): Promise<UserRow | undefined> {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .selectAll('u')
    .where('t.token_hash', '=', tokenHash)
    .where('t.revoked_at', 'is', null)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
}
