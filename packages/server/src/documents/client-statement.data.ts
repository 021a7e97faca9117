import {
  allocateClientCarbon,
  type ClientAllocation,
  type EnterpriseYearBasis,
  enterpriseYearBasisOf,
  type PeriodResult,
  type YearReport,
} from '@greenshore/core';
import type { UserRow } from '../auth/users.repository.ts';
import { accessibleContract } from '../contracts/contract-access.ts';
import { type ContractRow, listExecutionsOfContract } from '../contracts/contracts.repository.ts';
import { findEnterprise } from '../enterprises/enterprises.repository.ts';
import type { AppContext } from '../http/app-context.ts';
import { notFound } from '../http/http-errors.ts';
import { YEAR_PERIOD_RANK } from '../reports/report-period.ts';
import { listReports, type ReportRow } from '../reports/reports.repository.ts';

export interface ClientStatementData {
  year: number;
  enterprise: { nameZh: string; nameEn: string };
  contract: ContractRow;
  basis: EnterpriseYearBasis;
  allocation: ClientAllocation;
}

/** Every row of a list query at once: a contract's year and an enterprise's year are small. */
const ALL = { limit: 100_000, offset: 0 };
const MONTHS: Record<string, number> = { annual: 12, quarterly: 3, monthly: 1 };

/** The year's approved reports of the most definitive period type, so no span counts twice. */
function countedReports(rows: readonly ReportRow[]): YearReport[] {
  const best = Math.min(...rows.map((r) => YEAR_PERIOD_RANK[r.period_type] ?? 9));
  return rows
    .filter((r) => YEAR_PERIOD_RANK[r.period_type] === best)
    .map((r) => {
      const result: PeriodResult = JSON.parse(r.result_json);
      return {
        months: MONTHS[r.period_type] ?? 0,
        averageEmployees: JSON.parse(r.filing_json).employees?.average ?? 0,
        serviceOutsourcingRevenueCny: result.structure.serviceOutsourcingRevenueCny,
        totalLocationKgCo2e: result.emissions.totalLocationKgCo2e,
        totalMarketKgCo2e: result.emissions.totalMarketKgCo2e,
        sci: result.sci,
      };
    });
}

/** The contract (another tenant's: 404), its executions ending in the year and the enterprise's year. */
export async function readClientStatement(
  ctx: AppContext,
  user: UserRow,
  contractId: number,
  year: number,
): Promise<ClientStatementData> {
  const db = ctx.database.db;
  const contract = await accessibleContract(db, user, contractId);
  const enterprise = await findEnterprise(db, contract.enterprise_id);
  if (!enterprise) throw notFound();
  const executions = (await listExecutionsOfContract(db, contractId, ALL)).filter(
    (e) => e.period_end.slice(0, 4) === String(year),
  );
  const reports = await listReports(db, contract.enterprise_id, { status: 'approved', year }, ALL);
  const basis = enterpriseYearBasisOf(countedReports(reports));
  const allocation = allocateClientCarbon(
    executions.map((e) => ({ amountFen: e.amount_fen, personMonths: e.person_months })),
    basis,
  );
  return {
    year,
    enterprise: { nameZh: enterprise.name_zh, nameEn: enterprise.name_en },
    contract,
    basis,
    allocation,
  };
}
