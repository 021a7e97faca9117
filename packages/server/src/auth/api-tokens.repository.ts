import type { Kysely, Selectable } from 'kysely';
import type { ApiTokensTable, DB } from '../db/database.types.ts';
import type { UserRow } from './users.repository.ts';

/** A token as its owner may see it: never the hash. */
export type ApiTokenListing = Omit<Selectable<ApiTokensTable>, 'token_hash'>;

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

export function listApiTokensOfUser(
  db: Kysely<DB>,
  userId: number,
  page: { limit: number; offset: number },
): Promise<ApiTokenListing[]> {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'name', 'created_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countApiTokensOfUser(db: Kysely<DB>, userId: number): Promise<number> {
  const row = await db
    .selectFrom('api_tokens')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The token with this id if it belongs to this user (another user's token is "not found"). */
export function findApiTokenOfUser(
  db: Kysely<DB>,
  id: number,
  userId: number,
): Promise<ApiTokenListing | undefined> {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'name', 'created_at', 'revoked_at'])
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function revokeApiToken(db: Kysely<DB>, id: number, now: string): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Revokes every live token of a user (the account was disabled). */
export async function revokeUserApiTokens(db: Kysely<DB>, userId: number, now: string): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}
