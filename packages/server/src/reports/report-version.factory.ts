import {
  CALCULATION_VERSION,
  calculatePeriod,
  checkPlausibility,
  type Filing,
  filingSchema,
  findServiceCode,
  kwhPerEmployee,
  SERVICE_CODES,
} from '@greenshore/core';
import type { Transaction } from 'kysely';
import type { DB } from '../db/database.types.ts';
import { loadFactorLibrary } from '../factors/factors.repository.ts';
import { notFound } from '../http/http-errors.ts';
import {
  findPreviousApprovedFiling,
  findReportingEnterprise,
  listPeerFilings,
} from './report-inputs.repository.ts';
import type { PeriodType } from './report-period.ts';

/** The computed columns of a stored version: enough to reproduce the figure after the library changes. */
export interface ComputedVersion {
  filing_json: string;
  result_json: string;
  calculation_version: string;
  factor_ids: string;
  flags_json: string;
}

interface VersionSubject {
  enterpriseId: number;
  mainServiceCode: string;
  periodType: PeriodType;
}

/**
 * Calculates a filing with the stored factor library and checks its plausibility against the
 * enterprise's previous period and its focus-area peers. An unknown enterprise answers 404.
 */
export async function computeVersion(
  trx: Transaction<DB>,
  report: { enterpriseId: number; periodType: PeriodType },
  filing: Filing,
): Promise<ComputedVersion> {
  const enterprise = await findReportingEnterprise(trx, report.enterpriseId);
  if (!enterprise) throw notFound();
  const subject: VersionSubject = { ...report, mainServiceCode: enterprise.main_service_code };
  const result = calculatePeriod(filing, await loadFactorLibrary(trx));
  const flags = checkPlausibility({
    filing,
    previous: await previousFiling(trx, subject, filing.period.start),
    peerKwhPerEmployee: await peerKwhPerEmployee(trx, subject, filing.period.end),
  });
  return {
    filing_json: JSON.stringify(filing),
    result_json: JSON.stringify(result),
    calculation_version: CALCULATION_VERSION,
    factor_ids: JSON.stringify(result.factors.map((f) => f.id)),
    flags_json: JSON.stringify(flags),
  };
}

async function previousFiling(
  trx: Transaction<DB>,
  s: VersionSubject,
  start: string,
): Promise<Filing | null> {
  const json = await findPreviousApprovedFiling(trx, s.enterpriseId, s.periodType, start);
  if (json === undefined) return null;
  // Older filings were stored as filed (defaults not applied): parse to apply them.
  const parsed = filingSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

/**
 * kWh per employee of the focus-area peers: the latest approved report of each other enterprise of
 * the same focus area and period type whose period ended within the year up to this period's end.
 * A year's window gives enough peers early in a filing round, when few current reports are approved.
 */
async function peerKwhPerEmployee(trx: Transaction<DB>, s: VersionSubject, end: string): Promise<number[]> {
  const area = findServiceCode(s.mainServiceCode)?.focusArea;
  if (!area) return [];
  const rows = await listPeerFilings(trx, {
    type: s.periodType,
    excludeEnterpriseId: s.enterpriseId,
    serviceCodes: SERVICE_CODES.filter((c) => c.focusArea === area).map((c) => c.code),
    endAfter: `${Number(end.slice(0, 4)) - 1}${end.slice(4)}`,
    endUpTo: end,
  });
  const seen = new Set<number>();
  const values: number[] = [];
  for (const row of rows) {
    if (seen.has(row.enterprise_id)) continue;
    seen.add(row.enterprise_id);
    const f = JSON.parse(row.filing_json);
    const value = kwhPerEmployee({
      energy: { electricityKwh: Number(f.energy?.electricityKwh ?? 0) },
      employees: { average: Number(f.employees?.average ?? 0) },
    });
    if (value !== null) values.push(value);
  }
  return values;
}
