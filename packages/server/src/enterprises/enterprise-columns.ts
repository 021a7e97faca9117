import { toCnyAmount, toMinorUnits } from '@greenshore/core';
import type { Updateable } from 'kysely';
import type { EnterprisesTable } from '../db/database.types.ts';
import type { CertificationInput } from './certification.schema.ts';
import type { EnterprisePatch } from './enterprise-input.schemas.ts';
import type { Place } from './enterprise-rules.ts';
import type { NewCertification } from './enterprises.repository.ts';

/** Profile fields → enterprise columns, for the fields present (create sends all, PATCH a subset). */
export function enterpriseColumns(p: EnterprisePatch): Updateable<EnterprisesTable> {
  const columns: Updateable<EnterprisesTable> = {};
  if (p.uscc !== undefined) columns.uscc = p.uscc;
  if (p.nameZh !== undefined) columns.name_zh = p.nameZh;
  if (p.nameEn !== undefined) columns.name_en = p.nameEn;
  if (p.ownership !== undefined) columns.ownership = p.ownership;
  if (p.investorCountry !== undefined) columns.investor_country = p.investorCountry;
  if (p.registeredCapitalCny !== undefined) {
    // CNY's minor unit is the fen.
    columns.registered_capital_fen = toMinorUnits(p.registeredCapitalCny, 'CNY');
  }
  if (p.fdi !== undefined) {
    const fdi = p.fdi === null ? null : toCnyAmount(p.fdi);
    columns.fdi_currency = fdi?.currency ?? null;
    columns.fdi_amount_minor = fdi?.amountMinor ?? null;
    columns.fdi_amount_fen = fdi?.amountFen ?? null;
    columns.fdi_rate_to_cny = fdi?.rateToCny ?? null;
  }
  if (p.foundedOn !== undefined) columns.founded_on = p.foundedOn;
  if (p.mainServiceCode !== undefined) columns.main_service_code = p.mainServiceCode;
  if (p.tase !== undefined) columns.tase = p.tase ? 1 : 0;
  if (p.taseValidTo !== undefined) columns.tase_valid_to = p.taseValidTo;
  return columns;
}

export function placeColumns(place: Place): Updateable<EnterprisesTable> {
  return { district_id: place.districtId, city_code: place.cityCode, park_id: place.parkId };
}

export function certificationColumns(certifications: CertificationInput[]): NewCertification[] {
  return certifications.map((c) => ({
    kind: c.kind,
    level: c.level,
    valid_from: c.validFrom,
    valid_to: c.validTo,
  }));
}
