import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';

export const IN_PROGRESS = 0;

export function findIdempotencyRecord(db: Kysely<DB>, userId: number, key: string) {
  return db
    .selectFrom('idempotency_keys')
    .select(['id', 'request_hash', 'status_code', 'response_json'])
    .where('user_id', '=', userId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

/** Claims a key before the request runs; a unique violation means another request holds it. */
export async function claimIdempotencyKey(
  db: Kysely<DB>,
  r: { userId: number; key: string; method: string; path: string; requestHash: string; now: string },
): Promise<number> {
  const row = await db
    .insertInto('idempotency_keys')
    .values({
      user_id: r.userId,
      idempotency_key: r.key,
      method: r.method,
      path: r.path,
      request_hash: r.requestHash,
      status_code: IN_PROGRESS,
      response_json: '',
      created_at: r.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function completeIdempotencyKey(db: Kysely<DB>, id: number, status: number, body: string) {
  await db
    .updateTable('idempotency_keys')
    .set({ status_code: status, response_json: body })
    .where('id', '=', id)
    .execute();
}

/** Frees a key whose request failed on the server's side, so the client's retry can run. */
export async function releaseIdempotencyKey(db: Kysely<DB>, id: number) {
  await db.deleteFrom('idempotency_keys').where('id', '=', id).execute();
}
