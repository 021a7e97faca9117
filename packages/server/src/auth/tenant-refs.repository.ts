import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';

/** Whether an enterprise exists (a filer account must point at one). */
export async function enterpriseExists(db: Kysely<DB>, id: number): Promise<boolean> {
  return (
    (await db.selectFrom('enterprises').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}

/** Whether a training institute exists (an institute account must point at one). */
export async function instituteExists(db: Kysely<DB>, id: number): Promise<boolean> {
  return (
    (await db.selectFrom('institutes').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}
