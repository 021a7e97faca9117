import { isOffshoreCountry, toCnyAmount } from '@greenshore/core';
import { appendAudit } from '../audit/audit.repository.ts';
import type { Clock } from '../auth/auth.service.ts';
import type { UserRow } from '../auth/users.repository.ts';
import { type Database, isUniqueViolation } from '../db/dialect.ts';
import { findEnterprise } from '../enterprises/enterprises.repository.ts';
import { HttpError, notFound } from '../http/http-errors.ts';
import { assertEnterpriseAccess } from '../http/tenant-access.ts';
import { chinaDateOf } from '../settings/execution-window.ts';
import { toContractDto } from './contract.dto.ts';
import { accessibleContract, createdEntry } from './contract-access.ts';
import type { CreateContractInput } from './contract-input.schemas.ts';
import { newContractRow } from './contract-row.ts';
import * as repo from './contracts.repository.ts';

const referenceTaken = (reference: string | undefined) =>
  new HttpError(409, 'contract reference already used', [
    { path: 'reference', message: `the enterprise already has a contract ${reference}` },
  ]);

export interface Page {
  limit: number;
  offset: number;
}

/** An enterprise's contracts (analyst+ or its own filer); offshore is derived, never taken from a body. */
export class ContractsService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  async listOfEnterprise(actor: UserRow, enterpriseId: number, page: Page) {
    await this.assertEnterprise(actor, enterpriseId);
    const { db } = this.database;
    const [rows, total] = await Promise.all([
      repo.listContractsOfEnterprise(db, enterpriseId, page),
      repo.countContractsOfEnterprise(db, enterpriseId),
    ]);
    return { items: rows.map(toContractDto), total };
  }

  async create(actor: UserRow, enterpriseId: number, input: CreateContractInput) {
    await this.assertEnterprise(actor, enterpriseId);
    const now = this.clock();
    if (input.signedOn > chinaDateOf(now)) {
      throw new HttpError(400, 'invalid request', [{ path: 'signedOn', message: 'cannot be in the future' }]);
    }
    const offshore = isOffshoreCountry(input.clientCountry);
    const value = toCnyAmount(input.value);
    const created = this.database.db.transaction().execute(async (trx) => {
      const id = await repo.insertContract(
        trx,
        newContractRow(enterpriseId, input, value, now.toISOString()),
      );
      const detail = {
        enterpriseId,
        clientCountry: input.clientCountry,
        offshore,
        valueFen: value.amountFen,
      };
      await appendAudit(trx, this.database.kind, createdEntry(actor, now, 'contract', id, detail));
      return toContractDto(await accessibleContract(trx, actor, id));
    });
    return created.catch((err: unknown) => {
      throw isUniqueViolation(err) ? referenceTaken(input.reference) : err;
    });
  }

  async get(actor: UserRow, contractId: number) {
    return toContractDto(await accessibleContract(this.database.db, actor, contractId));
  }

  private async assertEnterprise(actor: UserRow, enterpriseId: number): Promise<void> {
    assertEnterpriseAccess(actor, enterpriseId);
    if (!(await findEnterprise(this.database.db, enterpriseId))) throw notFound();
  }
}
