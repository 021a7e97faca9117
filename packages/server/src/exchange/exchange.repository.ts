import type { Insertable, Kysely, Transaction } from 'kysely';
import type { ContractRow, ExecutionRow } from '../contracts/contracts.repository.ts';
import { chunks } from '../db/batch.ts';
import { bulkInsert } from '../db/bulk-insert.ts';
import type { ContractExecutionsTable, ContractsTable, DB } from '../db/database.types.ts';
import type { Database } from '../db/dialect.ts';

/** Bulk reads and writes of imports: one query per chunk, never one per row. */

const READ_CHUNK = 500;

/** USCC -> enterprise id of every enterprise named. */
export async function enterpriseIdsByUscc(
  db: Kysely<DB>,
  usccs: Iterable<string>,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const batch of chunks([...new Set(usccs)], READ_CHUNK)) {
    const rows = await db
      .selectFrom('enterprises')
      .select(['id', 'uscc'])
      .where('uscc', 'in', batch)
      .execute();
    for (const r of rows) out.set(r.uscc, r.id);
  }
  return out;
}

export async function contractsOfEnterprises(db: Kysely<DB>, ids: Iterable<number>): Promise<ContractRow[]> {
  const out: ContractRow[] = [];
  for (const batch of chunks([...new Set(ids)], READ_CHUNK)) {
    out.push(
      ...(await db
        .selectFrom('contracts')
        .selectAll()
        .where('enterprise_id', 'in', batch)
        .where('reference', 'is not', null)
        .execute()),
    );
  }
  return out;
}

export async function executionsOfContracts(db: Kysely<DB>, ids: Iterable<number>): Promise<ExecutionRow[]> {
  const out: ExecutionRow[] = [];
  for (const batch of chunks([...new Set(ids)], READ_CHUNK)) {
    out.push(
      ...(await db.selectFrom('contract_executions').selectAll().where('contract_id', 'in', batch).execute()),
    );
  }
  return out;
}

export function insertContracts(
  database: Database,
  trx: Transaction<DB>,
  rows: Insertable<ContractsTable>[],
): Promise<void> {
  return bulkInsert(database, trx, 'contracts', rows);
}

export function insertExecutions(
  database: Database,
  trx: Transaction<DB>,
  rows: Insertable<ContractExecutionsTable>[],
): Promise<void> {
  return bulkInsert(database, trx, 'contract_executions', rows);
}
