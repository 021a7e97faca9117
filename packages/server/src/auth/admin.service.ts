import { checkPassword } from '@greenshore/core';
import { appendAudit } from '../audit/audit.repository.ts';
import type { Database } from '../db/dialect.ts';
import { isUniqueViolation } from '../db/dialect.ts';
import { HttpError } from '../http/http-errors.ts';
import { hashPassword } from './password.ts';
import { insertUser } from './users.repository.ts';

/** Creates an admin account (the first one in production, where no demo data is seeded). */
export async function createAdmin(
  database: Database,
  email: string,
  password: string,
  now: Date,
): Promise<number> {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new HttpError(400, 'invalid email', [{ path: 'email', message: 'not an email address' }]);
  }
  const issues = checkPassword(password, { email });
  if (issues.length > 0) throw new HttpError(400, 'password not accepted', issues);
  const passwordHash = await hashPassword(password);
  try {
    return await database.db.transaction().execute(async (trx) => {
      const id = await insertUser(trx, {
        email,
        password_hash: passwordHash,
        role: 'admin',
        enterprise_id: null,
        institute_id: null,
        display_name: 'Administrator',
        created_at: now.toISOString(),
      });
      await appendAudit(trx, database.kind, {
        at: now.toISOString(),
        actorUserId: null,
        action: 'user.created',
        entity: 'user',
        entityId: String(id),
        detail: { role: 'admin', via: 'cli' },
      });
      return id;
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new HttpError(409, 'a user with this email exists', [
        { path: 'email', message: 'already in use' },
      ]);
    }
    throw err;
  }
}
