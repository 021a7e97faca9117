import { type AccountRole, accountTenancyIssues, checkPassword } from '@greenshore/core';
import type { Database } from '../db/dialect.ts';
import { staleEtag } from '../http/etag.ts';
import { HttpError } from '../http/http-errors.ts';
import { assertTenantExists, noSuchUser } from './accounts.service.ts';
import { revokeUserApiTokens } from './api-tokens.repository.ts';
import type { Clock } from './auth.service.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { endUserSessions } from './sessions.repository.ts';
import { appendAccountAudit } from './user-audit.ts';
import { findUserById, type UserRow, updatePasswordHash, updateUserAtVersion } from './users.repository.ts';

export interface AccountPatch {
  role?: AccountRole | undefined;
  disabled?: boolean | undefined;
  displayName?: string | undefined;
  enterpriseId?: number | null | undefined;
  instituteId?: number | null | undefined;
}

/** Changes to an account: an admin's PATCH, and a user's own password change. */
export class AccountUpdateService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  /**
   * `checkVersion` throws 428/412 unless the caller's If-Match names the current version; it runs in
   * the transaction after the read, and the update itself is conditional on that version too.
   * Disabling ends every session and revokes every token of the account in the same transaction.
   */
  async update(
    actor: UserRow,
    id: number,
    patch: AccountPatch,
    checkVersion: (current: UserRow) => void,
  ): Promise<UserRow> {
    return this.database.db.transaction().execute(async (trx) => {
      const current = await findUserById(trx, id);
      if (!current) throw noSuchUser();
      checkVersion(current);
      assertNotSelfHarm(actor, current, patch);
      const tenancy = nextTenancy(current, patch);
      // Only a change of tenancy is judged, so an account stored before the rules can still be disabled.
      if (touchesTenancy(patch)) {
        const issues = accountTenancyIssues(tenancy);
        if (issues.length > 0) throw new HttpError(400, 'invalid user', issues);
        await assertTenantExists(trx, tenancy);
      }
      const now = this.clock().toISOString();
      const changes = nextColumns(current, patch, tenancy, now);
      if (!(await updateUserAtVersion(trx, id, current.row_version, changes)))
        throw staleEtag('resource', 'read the user again');
      if (changes.disabled_at && !current.disabled_at) {
        await endUserSessions(trx, id, now);
        await revokeUserApiTokens(trx, id, now);
      }
      await appendAccountAudit(trx, this.database.kind, {
        at: this.clock(),
        actorId: actor.id,
        action: 'user.updated',
        id,
        detail: changedFields(current, changes),
      });
      return (await findUserById(trx, id)) as UserRow;
    });
  }

  /** The user's own password: the current one proves it is them; other sessions end. */
  async changeOwnPassword(
    user: UserRow,
    keepSessionId: number | undefined,
    passwords: { currentPassword: string; newPassword: string },
  ): Promise<void> {
    const issues = checkPassword(passwords.newPassword, { email: user.email, path: 'newPassword' });
    if (issues.length > 0) throw new HttpError(400, 'invalid password', issues);
    if (!(await verifyPassword(user.password_hash, passwords.currentPassword))) {
      throw new HttpError(400, 'invalid password', [{ path: 'currentPassword', message: 'wrong password' }]);
    }
    const passwordHash = await hashPassword(passwords.newPassword);
    const now = this.clock().toISOString();
    await this.database.db.transaction().execute(async (trx) => {
      await updatePasswordHash(trx, user.id, passwordHash);
      await endUserSessions(trx, user.id, now, keepSessionId);
      await appendAccountAudit(trx, this.database.kind, {
        at: this.clock(),
        actorId: user.id,
        action: 'user.password.changed',
        id: user.id,
        detail: {},
      });
    });
  }
}

/** An admin cannot lock themselves out: no self-disable, no self-demotion (409 naming the field). */
function assertNotSelfHarm(actor: UserRow, target: UserRow, patch: AccountPatch): void {
  if (actor.id !== target.id) return;
  if (patch.disabled === true) {
    throw new HttpError(409, 'you cannot disable your own account', [
      { path: 'disabled', message: 'not for your own account' },
    ]);
  }
  if (patch.role !== undefined && patch.role !== target.role) {
    throw new HttpError(409, 'you cannot change your own role', [
      { path: 'role', message: 'not for your own account' },
    ]);
  }
}

function touchesTenancy(patch: AccountPatch): boolean {
  return patch.role !== undefined || patch.enterpriseId !== undefined || patch.instituteId !== undefined;
}

/** A role change drops the old tenant unless the patch names one. */
function nextTenancy(current: UserRow, patch: AccountPatch) {
  const role = patch.role ?? current.role;
  const keep = role === current.role;
  return {
    role,
    enterpriseId: patch.enterpriseId !== undefined ? patch.enterpriseId : keep ? current.enterprise_id : null,
    instituteId: patch.instituteId !== undefined ? patch.instituteId : keep ? current.institute_id : null,
  };
}

function nextColumns(
  current: UserRow,
  patch: AccountPatch,
  tenancy: ReturnType<typeof nextTenancy>,
  now: string,
) {
  const disabledAt = patch.disabled === undefined ? current.disabled_at : patch.disabled ? now : null;
  return {
    role: tenancy.role,
    enterprise_id: tenancy.enterpriseId,
    institute_id: tenancy.instituteId,
    display_name: patch.displayName ?? current.display_name,
    // Disabling a disabled account keeps the original time.
    disabled_at: current.disabled_at && disabledAt ? current.disabled_at : disabledAt,
  };
}

function changedFields(before: UserRow, after: Record<string, unknown>) {
  const from: Record<string, unknown> = {};
  const to: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (before[key as keyof UserRow] === value) continue;
    from[key] = before[key as keyof UserRow];
    to[key] = value;
  }
  return { from, to };
}
