import type { Migration } from 'kysely';
import type { DialectKind } from '../dialect.ts';
import { initialMigration } from './001-initial.migration.ts';
import { idempotencyAndFlagsMigration } from './002-idempotency-and-flags.migration.ts';
import { accountsMigration } from './003-accounts.migration.ts';
import { enterprisesMigration } from './004-enterprises.migration.ts';
import { dataExchangeMigration } from './005-data-exchange.migration.ts';

/** Every migration in order; names sort lexically, so keep the numeric prefix. */
export function allMigrations(kind: DialectKind): Record<string, Migration> {
  return {
    '001-initial': initialMigration(kind),
    '002-idempotency-and-flags': idempotencyAndFlagsMigration(kind),
    '003-accounts': accountsMigration(kind),
    '004-enterprises': enterprisesMigration(),
    '005-data-exchange': dataExchangeMigration(kind),
  };
}
