import { type AccountRole, accountTenancyIssues, checkPassword } from '@greenshore/core';
import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';
import { type Database, isUniqueViolation } from '../db/dialect.ts';
import { HttpError } from '../http/http-errors.ts';
import type { Clock } from './auth.service.ts';
import { hashPassword } from './password.ts';
import { enterpriseExists, instituteExists } from './tenant-refs.repository.ts';
import { appendAccountAudit } from './user-audit.ts';
import {
  countUsers,
  findUserById,
  insertUser,
  listUsers,
  type UserFilter,
  type UserRow,
} from './users.repository.ts';

export interface NewAccount {
  email: string;
  password: string;
  role: AccountRole;
  enterpriseId?: number | null | undefined;
  instituteId?: number | null | undefined;
  displayName: string;
}

/** Admin management of user accounts: list, read, create. Changes live in account-update.service.ts. */
export class AccountsService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  async list(filter: UserFilter, page: { limit: number; offset: number }) {
    const [items, total] = await Promise.all([
      listUsers(this.database.db, filter, page),
      countUsers(this.database.db, filter),
    ]);
    return { items, total };
  }

  async get(id: number): Promise<UserRow> {
    const user = await findUserById(this.database.db, id);
    if (!user) throw noSuchUser();
    return user;
  }

  async create(actor: UserRow, input: NewAccount): Promise<UserRow> {
    const tenancy = {
      role: input.role,
      enterpriseId: input.enterpriseId ?? null,
      instituteId: input.instituteId ?? null,
    };
    const issues = [
      ...checkPassword(input.password, { email: input.email }),
      ...accountTenancyIssues(tenancy),
    ];
    if (issues.length > 0) throw new HttpError(400, 'invalid user', issues);
    await assertTenantExists(this.database.db, tenancy);
    const passwordHash = await hashPassword(input.password);
    const now = this.clock().toISOString();
    try {
      return await this.database.db.transaction().execute(async (trx) => {
        const id = await insertUser(trx, {
          email: input.email,
          password_hash: passwordHash,
          role: input.role,
          enterprise_id: tenancy.enterpriseId,
          institute_id: tenancy.instituteId,
          display_name: input.displayName,
          created_at: now,
        });
        const detail = { email: input.email.toLowerCase(), ...tenancy, displayName: input.displayName };
        const at = this.clock();
        await appendAccountAudit(trx, this.database.kind, {
          at,
          actorId: actor.id,
          action: 'user.created',
          id,
          detail,
        });
        return (await findUserById(trx, id)) as UserRow;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw emailTaken();
      throw err;
    }
  }
}

export const noSuchUser = () => new HttpError(404, 'not found', [{ path: 'id', message: 'no such user' }]);

export const emailTaken = () =>
  new HttpError(409, 'a user with this email exists', [{ path: 'email', message: 'already in use' }]);

/** A filer account must point at an enterprise or institute that exists (400 naming the id). */
export async function assertTenantExists(
  db: Kysely<DB>,
  t: { enterpriseId: number | null; instituteId: number | null },
): Promise<void> {
  if (t.enterpriseId !== null && !(await enterpriseExists(db, t.enterpriseId))) {
    throw new HttpError(400, 'invalid user', [{ path: 'enterpriseId', message: 'no such enterprise' }]);
  }
  if (t.instituteId !== null && !(await instituteExists(db, t.instituteId))) {
    throw new HttpError(400, 'invalid user', [{ path: 'instituteId', message: 'no such institute' }]);
  }
}
