import type { Kysely, Migration } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the current types.
type AnyDb = Kysely<any>;

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
