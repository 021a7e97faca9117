import { type CnyAmount, toCnyAmount } from '@greenshore/core';
import type { Insertable, Kysely } from 'kysely';
import { type CreateContractInput, createContractBody } from '../contracts/contract-input.schemas.ts';
import { newContractRow } from '../contracts/contract-row.ts';
import type { ContractRow } from '../contracts/contracts.repository.ts';
import type { ContractsTable, DB } from '../db/database.types.ts';
import { chinaDateOf } from '../settings/execution-window.ts';
import { fastContract } from './contract-fast-check.ts';
import {
  CONTRACT_COLUMNS,
  CONTRACTS_SHEET,
  EXECUTION_COLUMNS,
  EXECUTIONS_SHEET,
} from './contracts.columns.ts';
import { sameDecimalText } from './decimal-text.ts';
import { contractsOfEnterprises, enterpriseIdsByUscc, insertContracts } from './exchange.repository.ts';
import { type RowError, sheetName } from './exchange-column.ts';
import { planExecutions } from './executions-import.ts';
import { enterpriseOf, findSheet, type ImportPlan, type Planner } from './import-plan.ts';
import { bodyOf, type DecodedRow, decodeSheet, rowError, validateRow } from './row-codec.ts';

export type NewContract = Insertable<ContractsTable>;
const keyOf = (enterpriseId: number, reference: string) => `${enterpriseId}\u0000${reference}`;
const LABEL = sheetName(CONTRACTS_SHEET);

/** Contracts are immutable in the API: a row may only repeat a stored contract exactly. */
function sameContract(stored: ContractRow, row: NewContract): boolean {
  return (
    stored.client_name === row.client_name &&
    stored.client_country === row.client_country &&
    stored.service_code === row.service_code &&
    stored.signed_on === row.signed_on &&
    stored.currency === row.currency &&
    stored.value_minor === row.value_minor &&
    sameDecimalText(stored.rate_to_cny, row.rate_to_cny)
  );
}

/** The hand-compiled check first (it only ever accepts); the API's schema for everything it doubts. */
function checkedContract(
  row: DecodedRow,
): { input: CreateContractInput; value: CnyAmount } | { errors: RowError[] } {
  const body = bodyOf(row.values, ['uscc']);
  const fast = fastContract(body);
  if (fast) return fast;
  const checked = validateRow(createContractBody, body, LABEL, row, CONTRACT_COLUMNS);
  return 'errors' in checked ? checked : { input: checked.data, value: toCnyAmount(checked.data.value) };
}

interface ContractState {
  today: string;
  /** Every row of one import is created at the same instant: formatted once, not once a row. */
  createdAt: string;
  ids: Map<string, number>;
  stored: Map<string, ContractRow>;
  fresh: Map<string, NewContract>;
  errors: RowError[];
  unchanged: number;
}

function planContractRow(state: ContractState, scope: Parameters<Planner>[1], row: DecodedRow): void {
  const fail = (path: string, message: string) =>
    state.errors.push(rowError(LABEL, row, CONTRACT_COLUMNS, path, message));
  const enterprise = enterpriseOf(scope, state.ids, row.values.uscc);
  if ('message' in enterprise) return void fail('uscc', enterprise.message);
  const checked = checkedContract(row);
  if ('errors' in checked) return void state.errors.push(...checked.errors);
  const { input, value } = checked;
  if (input.signedOn > state.today) return void fail('signedOn', 'cannot be in the future');
  const reference = input.reference as string;
  const values: NewContract = newContractRow(enterprise.id, input, value, state.createdAt);
  const key = keyOf(enterprise.id, reference);
  const stored = state.stored.get(key);
  if (state.fresh.has(key)) return void fail('reference', `contract ${reference} appears twice in the file`);
  if (!stored) return void state.fresh.set(key, values);
  if (!sameContract(stored, values))
    return void fail('reference', `contract ${reference} already exists with other values`);
  state.unchanged++;
}

/** Contracts by (enterprise, reference), then their executions; all checks before any write. */
export const planContracts: Planner = async (db, scope, workbook, onRow) => {
  const contracts = findSheet(workbook, { name: CONTRACTS_SHEET, columns: CONTRACT_COLUMNS }, 'clientName');
  const executions = findSheet(
    workbook,
    { name: EXECUTIONS_SHEET, columns: EXECUTION_COLUMNS },
    'periodStart',
  );
  const decoded = contracts ? decodeSheet(contracts, CONTRACT_COLUMNS, LABEL) : { rows: [], errors: [] };
  const decodedExecutions = executions
    ? decodeSheet(executions, EXECUTION_COLUMNS, sheetName(EXECUTIONS_SHEET))
    : { rows: [], errors: [] };
  const usccs = [...decoded.rows, ...decodedExecutions.rows].map((r) =>
    String(r.values.uscc ?? '').toUpperCase(),
  );
  const ids = await enterpriseIdsByUscc(db, usccs);
  const stored = await storedContracts(db, ids.values());
  const state: ContractState = {
    today: chinaDateOf(scope.now),
    createdAt: scope.now.toISOString(),
    ids,
    stored,
    fresh: new Map(),
    errors: [...decoded.errors],
    unchanged: 0,
  };
  if (!contracts && !executions) state.errors.push(noSheet());
  for (const row of decoded.rows) {
    onRow();
    planContractRow(state, scope, row);
  }
  const executionPlan = await planExecutions(db, scope, { ...state, decoded: decodedExecutions }, onRow);
  const plan: ImportPlan = {
    total: decoded.rows.length + decodedExecutions.rows.length,
    errors: [...state.errors, ...executionPlan.errors],
    summary: {
      created: state.fresh.size + executionPlan.created,
      updated: 0,
      unchanged: state.unchanged + executionPlan.unchanged,
    },
    async write(trx, database) {
      await insertContracts(database, trx, [...state.fresh.values()]);
      await executionPlan.write(trx, database);
    },
  };
  return plan;
};

async function storedContracts(db: Kysely<DB>, ids: Iterable<number>): Promise<Map<string, ContractRow>> {
  const rows = await contractsOfEnterprises(db, ids);
  return new Map(rows.map((r) => [keyOf(r.enterprise_id, r.reference as string), r]));
}

const noSheet = (): RowError => ({
  sheet: '',
  row: 1,
  column: '',
  value: '',
  message: `no ${sheetName(CONTRACTS_SHEET)} or ${sheetName(EXECUTIONS_SHEET)} sheet (check the header row)`,
});

export { keyOf as contractKey };
