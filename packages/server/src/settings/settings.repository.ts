import type { Kysely, Selectable } from 'kysely';
import type { DB, SettingsTable } from '../db/database.types.ts';

export type SettingRow = Selectable<SettingsTable>;

export function findSetting(db: Kysely<DB>, key: string): Promise<SettingRow | undefined> {
  return db.selectFrom('settings').selectAll().where('key', '=', key).executeTakeFirst();
}

/** A first value for a key; a unique violation means another writer stored one first. */
export async function insertSetting(db: Kysely<DB>, row: SettingRow): Promise<void> {
  await db.insertInto('settings').values(row).execute();
}

/** Replaces a value only if it is still the one the caller read (false: someone changed it meanwhile). */
export async function updateSettingIfUnchanged(
  db: Kysely<DB>,
  read: SettingRow,
  next: Pick<SettingRow, 'value_json' | 'updated_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('settings')
    .set(next)
    .where('key', '=', read.key)
    .where('value_json', '=', read.value_json)
    .where('updated_at', '=', read.updated_at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
