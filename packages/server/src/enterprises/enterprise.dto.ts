import { formatMinorUnits } from '@greenshore/core';
import { z } from 'zod';
import { listOf } from '../http/common.schemas.ts';
import type { CertificationRow, EnterpriseRow } from './enterprises.repository.ts';
import { moneyDto, toMoneyDto } from './money.dto.ts';

/** DTOs of the enterprises area and the one place rows become DTOs. */

export const certificationDto = z.object({
  kind: z.string(),
  level: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string(),
});

export const enterpriseSummaryDto = z.object({
  id: z.number().int(),
  uscc: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  districtCode: z.string(),
  parkId: z.number().int().nullable(),
  ownership: z.string(),
  mainServiceCode: z.string(),
  tase: z.boolean(),
});
export const enterpriseListDto = listOf(enterpriseSummaryDto);

export const enterpriseDto = enterpriseSummaryDto.extend({
  cityCode: z.string(),
  investorCountry: z.string().nullable(),
  registeredCapitalCny: z.string(),
  registeredCapitalFen: z.number().int(),
  fdi: moneyDto.nullable(),
  foundedOn: z.string().nullable(),
  taseValidTo: z.string().nullable(),
  certifications: z.array(certificationDto),
  rowVersion: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EnterpriseDto = z.infer<typeof enterpriseDto>;

export function toEnterpriseSummaryDto(row: EnterpriseRow): z.infer<typeof enterpriseSummaryDto> {
  return {
    id: row.id,
    uscc: row.uscc,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    districtCode: row.district_code,
    parkId: row.park_id,
    ownership: row.ownership,
    mainServiceCode: row.main_service_code,
    tase: row.tase === 1,
  };
}

function fdiOf(row: EnterpriseRow): EnterpriseDto['fdi'] {
  const { fdi_currency: currency, fdi_amount_minor: minor, fdi_amount_fen: fen, fdi_rate_to_cny: rate } = row;
  if (currency === null || minor === null || fen === null || rate === null) return null;
  return toMoneyDto(currency, minor, fen, rate);
}

export function toEnterpriseDto(row: EnterpriseRow, certifications: CertificationRow[]): EnterpriseDto {
  return {
    ...toEnterpriseSummaryDto(row),
    cityCode: row.city_code,
    investorCountry: row.investor_country,
    registeredCapitalCny: formatMinorUnits(row.registered_capital_fen, 'CNY'),
    registeredCapitalFen: row.registered_capital_fen,
    fdi: fdiOf(row),
    foundedOn: row.founded_on,
    taseValidTo: row.tase_valid_to,
    certifications: certifications.map((c) => ({
      kind: c.kind,
      level: c.level,
      validFrom: c.valid_from,
      validTo: c.valid_to,
    })),
    rowVersion: row.row_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
