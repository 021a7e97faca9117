import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB, UsersTable } from '../db/database.types.ts';

export type UserRow = Selectable<UsersTable>;

export function findUserByEmail(db: Kysely<DB>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export function findUserById(db: Kysely<DB>, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(db: Kysely<DB>, user: Insertable<UsersTable>): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({ ...user, email: user.email.toLowerCase() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertUsers(db: Kysely<DB>, users: Insertable<UsersTable>[]): Promise<void> {
  if (users.length === 0) return;
  await db
    .insertInto('users')
    .values(users.map((u) => ({ ...u, email: u.email.toLowerCase() })))
    .execute();
}

export async function countUsersByRole(db: Kysely<DB>, role: UserRow['role']): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', role)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface LoginListing {
  email: string;
  role: UserRow['role'];
  displayName: string;
}

export function listLogins(db: Kysely<DB>): Promise<LoginListing[]> {
  return db
    .selectFrom('users')
    .select(['email', 'role', 'display_name as displayName'])
    .where('disabled_at', 'is', null)
    .orderBy('id')
    .execute();
}
