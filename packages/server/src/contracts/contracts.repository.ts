import type { Insertable, Kysely, Selectable } from 'kysely';
import type { ContractExecutionsTable, ContractsTable, DB } from '../db/database.types.ts';

export type ContractRow = Selectable<ContractsTable>;
export type ExecutionRow = Selectable<ContractExecutionsTable>;

interface Page {
  limit: number;
  offset: number;
}

export async function insertContract(db: Kysely<DB>, values: Insertable<ContractsTable>): Promise<number> {
  const row = await db.insertInto('contracts').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export function findContract(db: Kysely<DB>, id: number): Promise<ContractRow | undefined> {
  return db.selectFrom('contracts').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listContractsOfEnterprise(
  db: Kysely<DB>,
  enterpriseId: number,
  page: Page,
): Promise<ContractRow[]> {
  return db
    .selectFrom('contracts')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countContractsOfEnterprise(db: Kysely<DB>, enterpriseId: number): Promise<number> {
  const row = await db
    .selectFrom('contracts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertExecution(
  db: Kysely<DB>,
  values: Insertable<ContractExecutionsTable>,
): Promise<number> {
  const row = await db
    .insertInto('contract_executions')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findExecution(db: Kysely<DB>, id: number): Promise<ExecutionRow | undefined> {
  return db.selectFrom('contract_executions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listExecutionsOfContract(
  db: Kysely<DB>,
  contractId: number,
  page: Page,
): Promise<ExecutionRow[]> {
  return db
    .selectFrom('contract_executions')
    .selectAll()
    .where('contract_id', '=', contractId)
    .orderBy('period_end')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countExecutionsOfContract(db: Kysely<DB>, contractId: number): Promise<number> {
  const row = await db
    .selectFrom('contract_executions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('contract_id', '=', contractId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * An enterprise's executions ending within [start, end] with their contract's client country,
 * offshore flag and service code: what period figures (offshore share, by code) are built from.
 */
export function listExecutionsOfEnterpriseInPeriod(
  db: Kysely<DB>,
  enterpriseId: number,
  start: string,
  end: string,
) {
  return db
    .selectFrom('contract_executions as e')
    .innerJoin('contracts as c', 'c.id', 'e.contract_id')
    .select([
      'e.id',
      'e.contract_id',
      'e.period_start',
      'e.period_end',
      'e.amount_minor',
      'e.amount_fen',
      'e.rate_to_cny',
    ])
    .select([
      'c.currency',
      'c.rate_to_cny as contract_rate_to_cny',
      'c.client_country',
      'c.offshore',
      'c.service_code',
    ])
    .where('c.enterprise_id', '=', enterpriseId)
    .where('e.period_end', '>=', start)
    .where('e.period_end', '<=', end)
    .orderBy('e.period_end')
    .orderBy('e.id')
    .execute();
}
