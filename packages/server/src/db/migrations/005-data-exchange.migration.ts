import type { Kysely, Migration } from 'kysely';
import { type DialectKind, withIdColumn } from '../dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the current types.
type AnyDb = Kysely<any>;

/**
 * Spreadsheet exchange. `imports` records every import with the SHA-256 of its file, so a re-import of
 * the same file by the same scope changes nothing. A contract may carry the enterprise's own contract
 * number (`reference`), which is how spreadsheets name contracts and their executions. An execution
 * may carry the person-months worked, the allocation key of a client carbon statement when filed.
 */
export function dataExchangeMigration(kind: DialectKind): Migration {
  return {
    async up(db: AnyDb) {
      await withIdColumn(kind, db.schema.createTable('imports'))
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('enterprise_id', 'integer', (c) => c.references('enterprises.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('content_sha256', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('rows_total', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('summary_json', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('errors_json', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .execute();
      await db.schema
        .createIndex('imports_by_content')
        .on('imports')
        .columns(['kind', 'content_sha256'])
        .execute();
      await db.schema.alterTable('contracts').addColumn('reference', 'text').execute();
      await db.schema
        .createIndex('contracts_reference_unique')
        .on('contracts')
        .columns(['enterprise_id', 'reference'])
        .unique()
        .execute();
      await db.schema.alterTable('contract_executions').addColumn('person_months', 'text').execute();
    },
  };
}
