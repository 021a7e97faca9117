import type { Kysely, Migration } from 'kysely';
import { type DialectKind, withIdColumn } from '../dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the current types.
type AnyDb = Kysely<any>;

/**
 * Accounts: a row version on users (ETag / If-Match of PATCH /users/{id}); failed logins kept per
 * (account, client address) for throttling (docs/adr/0005); indexes for ending a user's sessions
 * and listing their tokens.
 */
export function accountsMigration(kind: DialectKind): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .alterTable('users')
        .addColumn('row_version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await withIdColumn(kind, db.schema.createTable('login_failures'))
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('client_ip', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('login_failures_account_idx')
        .on('login_failures')
        .columns(['email', 'at'])
        .execute();
      await db.schema
        .createIndex('login_failures_account_address_idx')
        .on('login_failures')
        .columns(['email', 'client_ip', 'at'])
        .execute();
      await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
      await db.schema.createIndex('api_tokens_user_idx').on('api_tokens').column('user_id').execute();
    },
  };
}
