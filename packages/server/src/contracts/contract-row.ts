import { type CnyAmount, isOffshoreCountry } from '@greenshore/core';
import type { Insertable } from 'kysely';
import type { ContractsTable } from '../db/database.types.ts';
import type { CreateContractInput } from './contract-input.schemas.ts';

/** The stored form of a new contract, one for POST and for imports: offshore is derived here only. */
export function newContractRow(
  enterpriseId: number,
  input: CreateContractInput,
  value: CnyAmount,
  createdAt: string,
): Insertable<ContractsTable> {
  return {
    enterprise_id: enterpriseId,
    client_name: input.clientName,
    client_country: input.clientCountry,
    service_code: input.serviceCode,
    signed_on: input.signedOn,
    currency: value.currency,
    value_minor: value.amountMinor,
    value_fen: value.amountFen,
    rate_to_cny: value.rateToCny,
    offshore: isOffshoreCountry(input.clientCountry) ? 1 : 0,
    reference: input.reference ?? null,
    created_at: createdAt,
  };
}
