import type { Insertable, Transaction } from 'kysely';
import { chunks } from './batch.ts';
import type { DB } from './database.types.ts';
import type { Database } from './dialect.ts';

// ~500 rows a statement keeps PostgreSQL under its bound-parameter limit (12 columns a row).
const POSTGRES_ROWS_PER_STATEMENT = 500;

/**
 * Inserts many rows of one table inside an open transaction. On SQLite, one prepared statement runs
 * once per row on the driver itself: SQLite has one connection, so the statement is part of Kysely's
 * open transaction, and it is the fastest way SQLite inserts (compiling a 500-row statement each batch
 * cost an import of 100,000 contracts about a second). PostgreSQL pays a round trip per statement, so
 * it gets multi-row INSERTs. Values are always bound parameters; table and column names come from the
 * typed schema, never from input.
 */
export async function bulkInsert<T extends keyof DB & string>(
  database: Database,
  trx: Transaction<DB>,
  table: T,
  rows: readonly Insertable<DB[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  if (database.kind === 'sqlite' && database.sqlite) {
    insertEachPrepared(database.sqlite, table, rows as readonly Record<string, unknown>[]);
    return;
  }
  for (const batch of chunks(rows, POSTGRES_ROWS_PER_STATEMENT)) {
    // Kysely cannot narrow a generic table's row type; the parameter's type already checked the rows.
    await trx
      .insertInto(table)
      .values(batch as never)
      .execute();
  }
}

function insertEachPrepared(
  driver: NonNullable<Database['sqlite']>,
  table: string,
  rows: readonly Record<string, unknown>[],
): void {
  if (!driver.inTransaction) throw new Error('bulkInsert must run inside a transaction');
  const columns = Object.keys(rows[0] as object);
  const statement = driver.prepare(
    `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
  );
  for (const row of rows) statement.run(columns.map((c) => row[c] ?? null));
}
