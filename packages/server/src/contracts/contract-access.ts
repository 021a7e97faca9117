import type { Kysely } from 'kysely';
import type { UserRow } from '../auth/users.repository.ts';
import type { DB } from '../db/database.types.ts';
import { notFound } from '../http/http-errors.ts';
import { assertEnterpriseAccess } from '../http/tenant-access.ts';
import { type ContractRow, findContract } from './contracts.repository.ts';

/** A contract the actor may reach; another tenant's answers 404 exactly like a missing one. */
export async function accessibleContract(
  db: Kysely<DB>,
  actor: UserRow,
  contractId: number,
): Promise<ContractRow> {
  const contract = await findContract(db, contractId);
  if (!contract) throw notFound();
  assertEnterpriseAccess(actor, contract.enterprise_id);
  return contract;
}

/** The audit entry of a created contract or execution. */
export function createdEntry(
  actor: UserRow,
  now: Date,
  entity: string,
  id: number,
  detail: Record<string, unknown>,
) {
  return {
    at: now.toISOString(),
    actorUserId: actor.id,
    action: `${entity}.created`,
    entity,
    entityId: String(id),
    detail,
  };
}
