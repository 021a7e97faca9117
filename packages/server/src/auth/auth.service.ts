import { type AuditEntry, recordAudit } from '../audit/audit.repository.ts';
import type { Database } from '../db/dialect.ts';
import { findUserByLiveApiToken } from './api-tokens.repository.ts';
import { loginRetryAfter, recordLoginFailure, type ThrottleLimits } from './login-throttle.ts';
import { burnVerifyTime, verifyPassword } from './password.ts';
import {
  endSession,
  findLiveSession,
  insertSession,
  type SessionWithUser,
  touchSession,
} from './sessions.repository.ts';
import { hashToken, newSecretToken } from './tokens.ts';
import { findUserByEmail, type UserRow } from './users.repository.ts';

export type Clock = () => Date;

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
  /** Failed attempts on one account from one client address within an hour before 429 (ADR 0005). */
  maxFailedPerHour: number;
  /** Failed attempts on one account from all addresses within an hour before 429; default 1000. */
  maxFailedPerAccountPerHour?: number;
}

export type LoginOutcome =
  | { kind: 'ok'; token: string; csrfToken: string; user: UserRow }
  | { kind: 'invalid' }
  | { kind: 'throttled'; retryAfterSeconds: number };

const HOUR_MS = 3_600_000;
// Refresh last_seen_at at most once a minute: enough for a 30-minute idle timeout, far fewer writes.
const TOUCH_INTERVAL_MS = 60_000;

/** Password login, cookie sessions and their lifetimes. */
export class AuthService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly policy: SessionPolicy,
  ) {}

  async login(email: string, password: string, clientIp: string): Promise<LoginOutcome> {
    const now = this.clock();
    const account = email.toLowerCase();
    const retryAfter = await loginRetryAfter(this.database.db, this.throttleLimits(), {
      email: account,
      clientIp,
      now,
    });
    if (retryAfter !== undefined) return { kind: 'throttled', retryAfterSeconds: retryAfter };
    const user = await findUserByEmail(this.database.db, account);
    if (!user) await burnVerifyTime(password);
    const valid = user ? await verifyPassword(user.password_hash, password) : false;
    if (!user || !valid || user.disabled_at) {
      await this.recordFailure(now, account, clientIp);
      return { kind: 'invalid' };
    }
    // A fresh token at every login: a session id planted before login is never promoted (no fixation).
    const token = newSecretToken();
    const csrfToken = newSecretToken();
    await insertSession(this.database.db, {
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken,
      now: now.toISOString(),
    });
    await this.audit(now, user.id, 'auth.login', String(user.id), { clientIp });
    return { kind: 'ok', token, csrfToken, user };
  }

  /** The session behind a cookie token, if it is live, within its idle and absolute limits, and the user is enabled. */
  async authenticate(token: string): Promise<SessionWithUser | undefined> {
    const session = await findLiveSession(this.database.db, hashToken(token));
    if (!session) return undefined;
    const now = this.clock();
    // Disabling ends sessions already; this also ends one that slipped past (e.g. a direct DB edit).
    if (session.user.disabled_at) {
      await endSession(this.database.db, session.sessionId, now.toISOString());
      return undefined;
    }
    const idleMs = now.getTime() - Date.parse(session.lastSeenAt);
    const ageMs = now.getTime() - Date.parse(session.createdAt);
    if (idleMs > this.policy.idleMinutes * 60_000 || ageMs > this.policy.absoluteHours * HOUR_MS) {
      await endSession(this.database.db, session.sessionId, now.toISOString());
      return undefined;
    }
    if (idleMs > TOUCH_INTERVAL_MS)
      await touchSession(this.database.db, session.sessionId, now.toISOString());
    return session;
  }

  /** The user behind a machine client's bearer token, if the token is live and the user enabled. */
  authenticateBearer(token: string): Promise<UserRow | undefined> {
    return findUserByLiveApiToken(this.database.db, hashToken(token));
  }

  async logout(session: SessionWithUser): Promise<void> {
    const now = this.clock();
    await endSession(this.database.db, session.sessionId, now.toISOString());
    await this.audit(now, session.user.id, 'auth.logout', String(session.user.id), {});
  }

  private throttleLimits(): ThrottleLimits {
    return {
      perAccountAndAddress: this.policy.maxFailedPerHour,
      perAccount: this.policy.maxFailedPerAccountPerHour ?? 1000,
    };
  }

  private recordFailure(now: Date, account: string, clientIp: string): Promise<void> {
    const entry = userEntry(now, null, 'auth.login.failed', account, { clientIp });
    return recordLoginFailure(this.database, { email: account, clientIp, now }, entry);
  }

  private audit(now: Date, actor: number | null, action: string, entityId: string, detail: object) {
    return recordAudit(this.database.db, this.database.kind, userEntry(now, actor, action, entityId, detail));
  }
}

function userEntry(
  now: Date,
  actor: number | null,
  action: string,
  entityId: string,
  detail: object,
): AuditEntry {
  const at = now.toISOString();
  return {
    at,
    actorUserId: actor,
    action,
    entity: 'user',
    entityId,
    detail: detail as Record<string, unknown>,
  };
}
