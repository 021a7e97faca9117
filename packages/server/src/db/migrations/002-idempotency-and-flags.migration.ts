import type { Kysely, Migration } from 'kysely';
import { type DialectKind, withIdColumn } from '../dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the current types.
type AnyDb = Kysely<any>;

/** Idempotency keys for POST retries; plausibility flags stored with each report version. */
export function idempotencyAndFlagsMigration(kind: DialectKind): Migration {
  return {
    async up(db: AnyDb) {
      await withIdColumn(kind, db.schema.createTable('idempotency_keys'))
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('idempotency_key', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer', (c) => c.notNull())
        .addColumn('response_json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('idempotency_keys_user_key', ['user_id', 'idempotency_key'])
        .execute();
      await db.schema
        .alterTable('report_versions')
        .addColumn('flags_json', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
      await db.schema.alterTable('enterprises').addColumn('tase_valid_to', 'text').execute();
    },
  };
}
