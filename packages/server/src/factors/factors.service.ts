import type { FactorEntry } from '@greenshore/core';
import { appendAudit } from '../audit/audit.repository.ts';
import type { Clock } from '../auth/auth.service.ts';
import type { UserRow } from '../auth/users.repository.ts';
import { type Database, isUniqueViolation } from '../db/dialect.ts';
import { HttpError } from '../http/http-errors.ts';
import type { NewFactor } from './factor.schemas.ts';
import { insertFactor, loadFactorLibrary } from './factors.repository.ts';

const idTaken = (id: string) =>
  new HttpError(409, 'a factor with this id exists', [
    { path: 'id', message: `"${id}" is taken; stored factors are never replaced, add a new id` },
  ]);

/** The emission-factor library: read by everyone, extended (never edited) by admins. */
export class FactorsService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  list(): Promise<FactorEntry[]> {
    return loadFactorLibrary(this.database.db);
  }

  async add(actor: UserRow, factor: NewFactor): Promise<FactorEntry> {
    const now = this.clock().toISOString();
    await this.database.db.transaction().execute(async (trx) => {
      await insertFactor(trx, factor, now).catch((err: unknown) => {
        throw isUniqueViolation(err) ? idTaken(factor.id) : err;
      });
      await appendAudit(trx, this.database.kind, {
        at: now,
        actorUserId: actor.id,
        action: 'factor.added',
        entity: 'emission_factor',
        entityId: factor.id,
        detail: { ...factor },
      });
    });
    return factor;
  }
}
