import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';
import type { EnterpriseListQuery } from '../enterprises/enterprise-input.schemas.ts';
import type { EnterpriseRow } from '../enterprises/enterprises.repository.ts';
import type { TableSheet } from '../spreadsheets/spreadsheet.types.ts';
import {
  CERTIFICATION_COLUMNS,
  CERTIFICATIONS_SHEET,
  ENTERPRISE_COLUMNS,
  ENTERPRISE_READ_ONLY,
  ENTERPRISES_SHEET,
} from './enterprises.columns.ts';
import { certificationsForExport, enterprisesForExport } from './exchange-export.repository.ts';
import { exportSheet, fenToCny, minorToAmount } from './sheet-rows.ts';

export type EnterpriseExportFilters = Omit<EnterpriseListQuery, 'limit' | 'offset'>;

export function enterpriseRecord(e: EnterpriseRow): Record<string, unknown> {
  const fdi = e.fdi_currency !== null && e.fdi_amount_minor !== null;
  return {
    uscc: e.uscc,
    nameZh: e.name_zh,
    nameEn: e.name_en,
    districtCode: e.district_code,
    parkId: e.park_id,
    ownership: e.ownership,
    investorCountry: e.investor_country,
    registeredCapitalCny: fenToCny(e.registered_capital_fen),
    'fdi.currency': e.fdi_currency,
    'fdi.amount': fdi ? minorToAmount(e.fdi_amount_minor as number, e.fdi_currency as string) : null,
    'fdi.rateToCny': fdi && e.fdi_currency !== 'CNY' ? e.fdi_rate_to_cny : null,
    foundedOn: e.founded_on,
    mainServiceCode: e.main_service_code,
    tase: e.tase === 1,
    taseValidTo: e.tase_valid_to,
    rowVersion: e.row_version,
    updatedAt: e.updated_at,
  };
}

/** Enterprises (with the list's filters and order) and their certifications, in the template layout. */
export async function enterpriseSheets(
  db: Kysely<DB>,
  filters: EnterpriseExportFilters,
): Promise<TableSheet[]> {
  const { sort, order, ...filter } = filters;
  const enterprises = await enterprisesForExport(db, filter, { sort, order });
  const usccOf = new Map(enterprises.map((e) => [e.id, e.uscc]));
  const certifications = await certificationsForExport(db, [...usccOf.keys()]);
  const certificationRecords = certifications.map((c) => ({
    uscc: usccOf.get(c.enterprise_id),
    kind: c.kind,
    level: c.level,
    validFrom: c.valid_from,
    validTo: c.valid_to,
  }));
  return [
    exportSheet(
      ENTERPRISES_SHEET,
      ENTERPRISE_COLUMNS,
      ENTERPRISE_READ_ONLY,
      enterprises.map(enterpriseRecord),
    ),
    exportSheet(CERTIFICATIONS_SHEET, CERTIFICATION_COLUMNS, [], certificationRecords),
  ];
}
