import type { OwnershipKind } from '@greenshore/core';
import type { UserRow } from '../auth/users.repository.ts';
import { staleEtag } from '../http/etag.ts';
import { HttpError } from '../http/http-errors.ts';
import { isBureau } from '../http/tenant-access.ts';
import { BUREAU_ONLY_FIELDS, type EnterprisePatch } from './enterprise-input.schemas.ts';
import type { OwnershipState } from './enterprise-rules.ts';
import type { EnterpriseRow } from './enterprises.repository.ts';

/** The interdependent fields after a PATCH is laid over the stored row, for the cross-field rules. */
export function mergedState(row: EnterpriseRow, p: EnterprisePatch): OwnershipState {
  return {
    ownership: (p.ownership ?? row.ownership) as OwnershipKind,
    investorCountry: p.investorCountry !== undefined ? p.investorCountry : row.investor_country,
    hasFdi: p.fdi !== undefined ? p.fdi !== null : row.fdi_currency !== null,
    tase: p.tase ?? row.tase === 1,
    taseValidTo: p.taseValidTo !== undefined ? p.taseValidTo : row.tase_valid_to,
  };
}

/**
 * A filer edits its own profile but not what the bureau decides: its identity (uscc), its
 * jurisdiction (districtCode decides which bureau reviews it) and the TASE recognition.
 */
export function assertMayPatch(actor: UserRow, patch: EnterprisePatch): void {
  if (Object.keys(patch).length === 0) {
    throw new HttpError(400, 'nothing to change', [{ path: 'body', message: 'send at least one field' }]);
  }
  if (isBureau(actor)) return;
  const refused = BUREAU_ONLY_FIELDS.filter((f) => patch[f] !== undefined);
  if (refused.length === 0) return;
  throw new HttpError(
    403,
    'these fields are set by the bureau',
    refused.map((path) => ({ path, message: 'set by the bureau; ask your district commerce bureau' })),
  );
}

export const staleEnterprise = () => staleEtag('enterprise', 'GET the enterprise again');
