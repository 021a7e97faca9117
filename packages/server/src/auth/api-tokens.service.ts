import type { Database } from '../db/dialect.ts';
import { HttpError } from '../http/http-errors.ts';
import {
  countApiTokensOfUser,
  findApiTokenOfUser,
  insertApiToken,
  listApiTokensOfUser,
  revokeApiToken,
} from './api-tokens.repository.ts';
import type { Clock } from './auth.service.ts';
import { hashToken, newSecretToken } from './tokens.ts';
import { appendAccountAudit } from './user-audit.ts';
import type { UserRow } from './users.repository.ts';

/** Bearer tokens for machine clients: the secret is shown once at creation; only its sha256 is stored. */
export class ApiTokensService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  async create(user: UserRow, name: string) {
    const token = newSecretToken();
    const at = this.clock();
    const id = await this.database.db.transaction().execute(async (trx) => {
      const tokenId = await insertApiToken(trx, {
        tokenHash: hashToken(token),
        userId: user.id,
        name,
        now: at.toISOString(),
      });
      const detail = { name };
      await appendAccountAudit(trx, this.database.kind, {
        at,
        actorId: user.id,
        action: 'token.created',
        entity: 'api_token',
        id: tokenId,
        detail,
      });
      return tokenId;
    });
    return { id, name, token, createdAt: at.toISOString() };
  }

  async listOwn(user: UserRow, page: { limit: number; offset: number }) {
    const [items, total] = await Promise.all([
      listApiTokensOfUser(this.database.db, user.id, page),
      countApiTokensOfUser(this.database.db, user.id),
    ]);
    return { items, total };
  }

  /** Revokes one of the user's own tokens; another user's token answers 404, as if it did not exist. */
  async revokeOwn(user: UserRow, id: number): Promise<void> {
    await this.database.db.transaction().execute(async (trx) => {
      const token = await findApiTokenOfUser(trx, id, user.id);
      if (!token) throw new HttpError(404, 'not found', [{ path: 'id', message: 'no such token' }]);
      if (token.revoked_at) return;
      const at = this.clock();
      await revokeApiToken(trx, id, at.toISOString());
      await appendAccountAudit(trx, this.database.kind, {
        at,
        actorId: user.id,
        action: 'token.revoked',
        entity: 'api_token',
        id,
        detail: { name: token.name },
      });
    });
  }
}
