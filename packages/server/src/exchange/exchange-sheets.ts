import type { UserRow } from '../auth/users.repository.ts';
import type { Database } from '../db/dialect.ts';
import { forbidden } from '../http/http-errors.ts';
import { isBureau } from '../http/tenant-access.ts';
import type { TableSheet } from '../spreadsheets/spreadsheet.types.ts';
import { contractSheets } from './contract-sheets.ts';
import { type EnterpriseExportFilters, enterpriseSheets } from './enterprise-sheets.ts';
import type { ImportKind } from './exchange-column.ts';
import { type ReportExportFilters, reportSheets } from './report-sheets.ts';

/** The list filters each exchange kind's export takes (its list's query without paging). */
export interface ExchangeFilters {
  enterprises: EnterpriseExportFilters;
  contracts: { enterpriseId?: number | undefined };
  reports: ReportExportFilters;
}

/**
 * The sheets of an export of enterprises, contracts or reports: the import template's columns first,
 * then read-only ones. A filer always gets its own enterprise's contracts and reports whatever the
 * filters say, and never the enterprise list (403).
 */
export async function exchangeSheets<K extends ImportKind>(
  kind: K,
  database: Database,
  actor: UserRow,
  filters: ExchangeFilters[K],
): Promise<TableSheet[]> {
  const own = isBureau(actor) ? undefined : (actor.enterprise_id ?? -1);
  const { db } = database;
  if (kind === 'enterprises') {
    if (own !== undefined) throw forbidden();
    return enterpriseSheets(db, filters as EnterpriseExportFilters);
  }
  if (kind === 'contracts') {
    return contractSheets(db, own ?? (filters as ExchangeFilters['contracts']).enterpriseId);
  }
  const reportFilters = filters as ReportExportFilters;
  return reportSheets(db, own === undefined ? reportFilters : { ...reportFilters, enterpriseId: own });
}
