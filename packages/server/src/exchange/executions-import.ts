import type { Insertable, Kysely, Transaction } from 'kysely';
import { createExecutionBody } from '../contracts/contract-input.schemas.ts';
import type { ContractRow, ExecutionRow } from '../contracts/contracts.repository.ts';
import { assertWindowOpen, executedAmount } from '../contracts/executions.service.ts';
import type { ContractExecutionsTable, DB } from '../db/database.types.ts';
import type { Database } from '../db/dialect.ts';
import { HttpError } from '../http/http-errors.ts';
import { readExecutionWindow } from '../settings/settings.service.ts';
import { EXECUTION_COLUMNS, EXECUTIONS_SHEET } from './contracts.columns.ts';
import type { NewContract } from './contracts-import.ts';
import { sameDecimalText } from './decimal-text.ts';
import { contractsOfEnterprises, executionsOfContracts, insertExecutions } from './exchange.repository.ts';
import { type RowError, sheetName } from './exchange-column.ts';
import { enterpriseOf, type ImportScope } from './import-plan.ts';
import { bodyOf, type DecodedRow, type DecodedSheet, rowError, validateRow } from './row-codec.ts';

const LABEL = sheetName(EXECUTIONS_SHEET);
type NewExecution = Omit<Insertable<ContractExecutionsTable>, 'contract_id'> & { contractKey: string };

interface ContractsSoFar {
  ids: Map<string, number>;
  stored: Map<string, ContractRow>;
  fresh: Map<string, NewContract>;
  decoded: DecodedSheet;
}

const contractKey = (enterpriseId: number, reference: string) => `${enterpriseId}\u0000${reference}`;
const periodKey = (contract: string, start: string, end: string) => `${contract}\u0000${start}\u0000${end}`;

/** A contract of this file has no id yet: the checks need its currency and rate only. */
function asContractRow(c: NewContract): ContractRow {
  return { ...c, id: 0, reference: c.reference ?? null } as ContractRow;
}

/** The API's own refusals (amount, rate, filing window) as row errors on the columns they name. */
function httpIssues(err: unknown, row: DecodedRow): RowError[] {
  if (!(err instanceof HttpError)) throw err;
  return err.issues.map((i) => rowError(LABEL, row, EXECUTION_COLUMNS, i.path, i.message));
}

/** Executions by (contract, period start, period end): new ones inserted, identical ones unchanged. */
export async function planExecutions(
  db: Kysely<DB>,
  scope: ImportScope,
  so: ContractsSoFar,
  onRow: () => void,
) {
  const stored = new Map<string, ExecutionRow>();
  const storedIds = new Map([...so.stored].map(([k, c]) => [c.id, k]));
  for (const e of await executionsOfContracts(db, storedIds.keys())) {
    stored.set(periodKey(storedIds.get(e.contract_id) as string, e.period_start, e.period_end), e);
  }
  const window = await readExecutionWindow(db);
  const errors: RowError[] = [...so.decoded.errors];
  const fresh = new Map<string, NewExecution>();
  let unchanged = 0;
  for (const row of so.decoded.rows) {
    onRow();
    const fail = (path: string, message: string) =>
      errors.push(rowError(LABEL, row, EXECUTION_COLUMNS, path, message));
    const enterprise = enterpriseOf(scope, so.ids, row.values.uscc);
    if ('message' in enterprise) {
      fail('uscc', enterprise.message);
      continue;
    }
    const reference = String(row.values.reference ?? '');
    const key = contractKey(enterprise.id, reference);
    const contract = so.stored.get(key) ?? mapped(so.fresh.get(key));
    if (!contract) {
      fail('reference', `no contract ${reference} of this enterprise`);
      continue;
    }
    const checked = validateRow(
      createExecutionBody,
      bodyOf(row.values, ['uscc', 'reference']),
      LABEL,
      row,
      EXECUTION_COLUMNS,
    );
    if ('errors' in checked) {
      errors.push(...checked.errors);
      continue;
    }
    const input = checked.data;
    let amount: ReturnType<typeof executedAmount>;
    try {
      amount = executedAmount(contract, input);
      assertWindowOpen(input.periodEnd, window, scope.now);
    } catch (err) {
      errors.push(...httpIssues(err, row));
      continue;
    }
    const values: NewExecution = {
      contractKey: key,
      period_start: input.periodStart,
      period_end: input.periodEnd,
      amount_minor: amount.amountMinor,
      amount_fen: amount.amountFen,
      rate_to_cny: input.rateToCny ?? null,
      person_months: input.personMonths ?? null,
      created_at: scope.now.toISOString(),
    };
    const pk = periodKey(key, input.periodStart, input.periodEnd);
    const existing = stored.get(pk);
    if (fresh.has(pk)) fail('periodStart', 'this contract and period appear twice in the file');
    else if (!existing) fresh.set(pk, values);
    else if (sameExecution(existing, values)) unchanged++;
    else
      fail('periodStart', `the execution of ${reference} for this period already exists with other values`);
  }
  return {
    errors,
    created: fresh.size,
    unchanged,
    write: (trx: Transaction<DB>, database: Database) =>
      writeExecutions(database, trx, so, [...fresh.values()]),
  };
}

function mapped(c: NewContract | undefined): ContractRow | undefined {
  return c ? asContractRow(c) : undefined;
}

function sameExecution(stored: ExecutionRow, row: NewExecution): boolean {
  return (
    stored.amount_minor === row.amount_minor &&
    sameDecimalText(stored.rate_to_cny, row.rate_to_cny) &&
    sameDecimalText(stored.person_months, row.person_months)
  );
}

/** Contracts of this file got their ids on insert: read them back by reference, once per enterprise set. */
async function writeExecutions(
  database: Database,
  trx: Transaction<DB>,
  so: ContractsSoFar,
  rows: NewExecution[],
): Promise<void> {
  if (rows.length === 0) return;
  const idOf = new Map([...so.stored].map(([k, c]) => [k, c.id]));
  const needed = new Set(
    rows.filter((r) => !idOf.has(r.contractKey)).map((r) => Number(r.contractKey.split('\u0000')[0])),
  );
  for (const c of await contractsOfEnterprises(trx, needed))
    idOf.set(contractKey(c.enterprise_id, c.reference as string), c.id);
  await insertExecutions(
    database,
    trx,
    rows.map(({ contractKey: key, ...r }) => ({ ...r, contract_id: idOf.get(key) as number })),
  );
}
