import { amountProblem, isUnitRate, minorUnitsToFen, toMinorUnits } from '@greenshore/core';
import { appendAudit } from '../audit/audit.repository.ts';
import type { Clock } from '../auth/auth.service.ts';
import type { UserRow } from '../auth/users.repository.ts';
import type { Database } from '../db/dialect.ts';
import { HttpError, notFound } from '../http/http-errors.ts';
import { chinaDateOf, isWindowClosed, windowClosesOn } from '../settings/execution-window.ts';
import type { ExecutionWindow } from '../settings/filing-settings.schema.ts';
import { readExecutionWindow } from '../settings/settings.service.ts';
import { toExecutionDto } from './contract.dto.ts';
import { accessibleContract, createdEntry } from './contract-access.ts';
import type { CreateExecutionInput } from './contract-input.schemas.ts';
import * as repo from './contracts.repository.ts';
import type { Page } from './contracts.service.ts';

const invalid = (path: string, message: string) => new HttpError(400, 'invalid request', [{ path, message }]);

/** The executed amount in the contract's currency and in fen, at the execution's rate or the contract's. */
export function executedAmount(contract: repo.ContractRow, input: CreateExecutionInput) {
  const problem = amountProblem(input.amount, contract.currency);
  if (problem) throw invalid('amount', `${problem} (the contract is in ${contract.currency})`);
  const rate = input.rateToCny ?? contract.rate_to_cny;
  if (contract.currency === 'CNY' && !isUnitRate(rate)) {
    throw invalid('rateToCny', 'must be 1 (or left out): the contract is in CNY');
  }
  const amountMinor = toMinorUnits(input.amount, contract.currency);
  try {
    return { amountMinor, amountFen: minorUnitsToFen(amountMinor, contract.currency, rate) };
  } catch {
    throw invalid('amount', 'is too large once converted to CNY');
  }
}

/** The national system's yearly window: executions of a closed year are refused, naming periodEnd. */
export function assertWindowOpen(periodEnd: string, window: ExecutionWindow, now: Date): void {
  if (!isWindowClosed(periodEnd, window, chinaDateOf(now))) return;
  const message = `the filing window for ${periodEnd.slice(0, 4)} closed on ${windowClosesOn(periodEnd, window)}`;
  throw new HttpError(422, 'the filing window for this year is closed', [{ path: 'periodEnd', message }]);
}

/** Executions of a contract, tenant-checked through the contract's enterprise. */
export class ExecutionsService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  async listOfContract(actor: UserRow, contractId: number, page: Page) {
    const { db } = this.database;
    const contract = await accessibleContract(db, actor, contractId);
    const [rows, total] = await Promise.all([
      repo.listExecutionsOfContract(db, contractId, page),
      repo.countExecutionsOfContract(db, contractId),
    ]);
    return { items: rows.map((r) => toExecutionDto(r, contract)), total };
  }

  async get(actor: UserRow, executionId: number) {
    const row = await repo.findExecution(this.database.db, executionId);
    if (!row) throw notFound();
    return toExecutionDto(row, await accessibleContract(this.database.db, actor, row.contract_id));
  }

  async create(actor: UserRow, contractId: number, input: CreateExecutionInput) {
    const contract = await accessibleContract(this.database.db, actor, contractId);
    const amount = executedAmount(contract, input);
    const now = this.clock();
    return this.database.db.transaction().execute(async (trx) => {
      assertWindowOpen(input.periodEnd, await readExecutionWindow(trx), now);
      const id = await repo.insertExecution(trx, {
        contract_id: contractId,
        period_start: input.periodStart,
        period_end: input.periodEnd,
        amount_minor: amount.amountMinor,
        amount_fen: amount.amountFen,
        rate_to_cny: input.rateToCny ?? null,
        person_months: input.personMonths ?? null,
        created_at: now.toISOString(),
      });
      const detail = { contractId, periodEnd: input.periodEnd, amountFen: amount.amountFen };
      await appendAudit(trx, this.database.kind, createdEntry(actor, now, 'execution', id, detail));
      const row = await repo.findExecution(trx, id);
      if (!row) throw notFound();
      return toExecutionDto(row, contract);
    });
  }
}
