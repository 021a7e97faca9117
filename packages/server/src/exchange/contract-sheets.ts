import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';
import type { TableSheet } from '../spreadsheets/spreadsheet.types.ts';
import {
  CONTRACT_COLUMNS,
  CONTRACT_READ_ONLY,
  CONTRACTS_SHEET,
  EXECUTION_COLUMNS,
  EXECUTION_READ_ONLY,
  EXECUTIONS_SHEET,
} from './contracts.columns.ts';
import { contractsForExport, executionsForExport } from './exchange-export.repository.ts';
import { exportSheet, fenToCny, minorToAmount } from './sheet-rows.ts';

type ContractRecord = Awaited<ReturnType<typeof contractsForExport>>[number];
type ExecutionRecord = Awaited<ReturnType<typeof executionsForExport>>[number];

export function contractRecord(c: ContractRecord): Record<string, unknown> {
  return {
    uscc: c.uscc,
    reference: c.reference,
    clientName: c.client_name,
    clientCountry: c.client_country,
    serviceCode: c.service_code,
    signedOn: c.signed_on,
    'value.currency': c.currency,
    'value.amount': minorToAmount(c.value_minor, c.currency),
    'value.rateToCny': c.currency === 'CNY' ? null : c.rate_to_cny,
    offshore: c.offshore === 1,
    valueCny: fenToCny(c.value_fen),
    createdAt: c.created_at,
  };
}

export function executionRecord(x: ExecutionRecord): Record<string, unknown> {
  return {
    uscc: x.uscc,
    reference: x.reference,
    periodStart: x.period_start,
    periodEnd: x.period_end,
    amount: minorToAmount(x.amount_minor, x.currency),
    rateToCny: x.rate_to_cny,
    personMonths: x.person_months,
    amountCny: fenToCny(x.amount_fen),
    createdAt: x.created_at,
  };
}

/** Contracts and their executions in the template's layout, then the computed columns. */
export async function contractSheets(
  db: Kysely<DB>,
  enterpriseId: number | undefined,
): Promise<TableSheet[]> {
  const [contracts, executions] = await Promise.all([
    contractsForExport(db, enterpriseId),
    executionsForExport(db, enterpriseId),
  ]);
  return [
    exportSheet(CONTRACTS_SHEET, CONTRACT_COLUMNS, CONTRACT_READ_ONLY, contracts.map(contractRecord)),
    exportSheet(EXECUTIONS_SHEET, EXECUTION_COLUMNS, EXECUTION_READ_ONLY, executions.map(executionRecord)),
  ];
}
