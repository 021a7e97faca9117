import { z } from 'zod';
import { moneyDto, toMoneyDto } from '../enterprises/money.dto.ts';
import { listOf } from '../http/common.schemas.ts';
import type { ContractRow, ExecutionRow } from './contracts.repository.ts';

/** DTOs of contracts and executions, and the one place rows become DTOs. */

export const contractDto = z.object({
  id: z.number().int(),
  enterpriseId: z.number().int(),
  clientName: z.string(),
  clientCountry: z.string(),
  offshore: z.boolean().describe('derived: client country is not CN (HK, MO, TW are offshore)'),
  serviceCode: z.string(),
  signedOn: z.string(),
  value: moneyDto,
  reference: z.string().nullable().describe('the enterprise’s own contract number'),
  createdAt: z.string(),
});
export const contractListDto = listOf(contractDto);

export const executionDto = z.object({
  id: z.number().int(),
  contractId: z.number().int(),
  periodStart: z.string(),
  periodEnd: z.string(),
  amount: moneyDto,
  personMonths: z.string().nullable().describe('person-months worked, when filed'),
  createdAt: z.string(),
});
export const executionListDto = listOf(executionDto);

export function toContractDto(row: ContractRow): z.infer<typeof contractDto> {
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    clientName: row.client_name,
    clientCountry: row.client_country,
    offshore: row.offshore === 1,
    serviceCode: row.service_code,
    signedOn: row.signed_on,
    value: toMoneyDto(row.currency, row.value_minor, row.value_fen, row.rate_to_cny),
    reference: row.reference,
    createdAt: row.created_at,
  };
}

/** An execution is in its contract's currency; without a rate of its own it used the contract's. */
export function toExecutionDto(row: ExecutionRow, contract: ContractRow): z.infer<typeof executionDto> {
  return {
    id: row.id,
    contractId: row.contract_id,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    amount: toMoneyDto(
      contract.currency,
      row.amount_minor,
      row.amount_fen,
      row.rate_to_cny ?? contract.rate_to_cny,
    ),
    personMonths: row.person_months,
    createdAt: row.created_at,
  };
}
