import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
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

export interface UserFilter {
  role?: UserRow['role'] | undefined;
}

export function listUsers(
  db: Kysely<DB>,
  filter: UserFilter,
  page: { limit: number; offset: number },
): Promise<UserRow[]> {
  let query = db.selectFrom('users').selectAll();
  if (filter.role) query = query.where('role', '=', filter.role);
  return query.orderBy('id').limit(page.limit).offset(page.offset).execute();
}

export async function countUsers(db: Kysely<DB>, filter: UserFilter): Promise<number> {
  let query = db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'));
  if (filter.role) query = query.where('role', '=', filter.role);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/**
 * Applies changes only if the row is still at `expectedVersion`, and bumps the version (optimistic
 * concurrency); false when another write got there first.
 */
export async function updateUserAtVersion(
  db: Kysely<DB>,
  id: number,
  expectedVersion: number,
  changes: Omit<Updateable<UsersTable>, 'id' | 'row_version'>,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set((eb) => ({ ...changes, row_version: eb('row_version', '+', 1) }))
    .where('id', '=', id)
    .where('row_version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Stores a new password hash; bumps the version so an admin's pending edit sees the change. */
export async function updatePasswordHash(db: Kysely<DB>, id: number, passwordHash: string): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ password_hash: passwordHash, row_version: eb('row_version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}
