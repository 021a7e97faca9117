import { type FieldIssue, isForeignInvested, type OwnershipKind } from '@greenshore/core';
import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';
import { HttpError } from '../http/http-errors.ts';
import { findDistrictByCode, findPark } from './enterprises.repository.ts';

/** The profile fields whose rules depend on each other, after a create or a PATCH is applied. */
export interface OwnershipState {
  ownership: OwnershipKind;
  investorCountry: string | null;
  hasFdi: boolean;
  tase: boolean;
  taseValidTo: string | null;
}

const HMT_COUNTRIES = new Set(['HK', 'MO', 'TW']);

/** Cross-field rules of the profile (spec/catalogue.md "Ownership"); each issue names the field to fix. */
export function profileIssues(s: OwnershipState): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const foreign = isForeignInvested(s.ownership);
  if (foreign && s.investorCountry === null) {
    issues.push({ path: 'investorCountry', message: `required when ownership is ${s.ownership}` });
  } else if (!foreign && s.investorCountry !== null) {
    issues.push({
      path: 'investorCountry',
      message: 'only foreign-invested enterprises (foreign, joint-venture, hmt) have one: send null',
    });
  } else if (s.investorCountry === 'CN') {
    issues.push({ path: 'investorCountry', message: 'a foreign investor is not from the mainland (CN)' });
  } else if (s.ownership === 'hmt' && s.investorCountry !== null && !HMT_COUNTRIES.has(s.investorCountry)) {
    issues.push({ path: 'investorCountry', message: 'hmt ownership means an investor from HK, MO or TW' });
  }
  if (!foreign && s.hasFdi) {
    issues.push({ path: 'fdi', message: 'only foreign-invested enterprises report FDI: send null' });
  }
  if (!s.tase && s.taseValidTo !== null) {
    issues.push({ path: 'taseValidTo', message: 'only for a TASE-recognised enterprise (tase: true)' });
  }
  return issues;
}

export function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new HttpError(400, 'invalid enterprise profile', issues);
}

export function invalidField(path: string, message: string): never {
  throw new HttpError(400, 'invalid enterprise profile', [{ path, message }]);
}

export interface Place {
  districtId: number;
  cityCode: string;
  parkId: number | null;
}

/** District by code and park by id; the park must lie in that district. */
export async function resolvePlace(
  db: Kysely<DB>,
  districtCode: string,
  parkId: number | null,
): Promise<Place> {
  const district = await findDistrictByCode(db, districtCode);
  if (!district) return invalidField('districtCode', `unknown district code ${districtCode}`);
  if (parkId !== null) {
    const park = await findPark(db, parkId);
    if (!park) return invalidField('parkId', `unknown park ${parkId}`);
    if (park.district_id !== district.id) {
      return invalidField(
        'parkId',
        `park ${parkId} is not in district ${districtCode}: send a park of it, or null`,
      );
    }
  }
  return { districtId: district.id, cityCode: district.city_code, parkId };
}
