import type { ColumnType, Kysely, Migration } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the current types.
type AnyDb = Kysely<any>;

// The column added below, merged into the table's row type until database.types.ts lists it itself.
declare module '../database.types.ts' {
  interface ContractExecutionsTable {
    /** The rate used for this execution; null means the contract's rate (migration 004). */
    rate_to_cny: ColumnType<string | null, string | null | undefined, string | null>;
  }
}

/**
 * An execution may be converted at its own exchange rate rather than the contract's, and DESIGN.md
 * keeps every amount "in the original currency and in CNY with the exchange rate used", so the
 * execution stores the rate it was converted at (null: the contract's). Same DDL on both databases.
 */
export function enterprisesMigration(): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema.alterTable('contract_executions').addColumn('rate_to_cny', 'text').execute();
    },
  };
}
