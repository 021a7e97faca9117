import type { Database } from '../db/dialect.ts';
import { HttpError } from '../http/http-errors.ts';
import { findUserByEmail, listUsers, type UserRow } from './users.repository.ts';

/**
 * Who a CLI command acts as: the account named (its scope applies, as if it used the API), else the
 * first admin — whoever runs the CLI can open the database itself. A real account either way, so every
 * rule and audit entry names a person; a 409 until an admin exists.
 */
export async function cliActor(database: Database, email?: string): Promise<UserRow> {
  if (email) {
    const user = await findUserByEmail(database.db, email.trim().toLowerCase());
    if (!user) throw new HttpError(409, `no account ${email}`);
    return user;
  }
  const [admin] = await listUsers(database.db, { role: 'admin' }, { limit: 1, offset: 0 });
  if (!admin) throw new HttpError(409, 'no admin account: create one first with `greenshore admin create`');
  return admin;
}
