import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import { appendOnlyTriggers, type DialectKind, withIdColumn } from '../dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the current types.
type AnyDb = Kysely<any>;
// biome-ignore lint/suspicious/noExplicitAny: builder of any table.
type Table = CreateTableBuilder<string, any>;

/** The whole domain's schema (DESIGN.md), even where later features fill in the behaviour. */
export function initialMigration(kind: DialectKind): Migration {
  const id = (t: Table) => withIdColumn(kind, t);

  return {
    async up(db: AnyDb) {
      await id(db.schema.createTable('districts'))
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('city_code', 'text', (c) => c.notNull())
        .addColumn('province_code', 'text', (c) => c.notNull())
        .addColumn('name_zh', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('is_zone', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await id(db.schema.createTable('parks'))
        .addColumn('district_id', 'integer', (c) => c.notNull().references('districts.id'))
        .addColumn('name_zh', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .execute();

      await id(db.schema.createTable('enterprises'))
        .addColumn('uscc', 'text', (c) => c.notNull().unique())
        .addColumn('name_zh', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('district_id', 'integer', (c) => c.notNull().references('districts.id'))
        .addColumn('park_id', 'integer', (c) => c.references('parks.id'))
        .addColumn('city_code', 'text', (c) => c.notNull())
        .addColumn('ownership', 'text', (c) => c.notNull())
        .addColumn('investor_country', 'text')
        .addColumn('registered_capital_fen', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('fdi_currency', 'text')
        .addColumn('fdi_amount_minor', 'bigint')
        .addColumn('fdi_amount_fen', 'bigint')
        .addColumn('fdi_rate_to_cny', 'text')
        .addColumn('founded_on', 'text')
        .addColumn('tase', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('main_service_code', 'text', (c) => c.notNull())
        .addColumn('row_version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('enterprises_district_idx')
        .on('enterprises')
        .column('district_id')
        .execute();

      await id(db.schema.createTable('certifications'))
        .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('level', 'text')
        .addColumn('valid_from', 'text', (c) => c.notNull())
        .addColumn('valid_to', 'text', (c) => c.notNull())
        .execute();

      await id(db.schema.createTable('institutes'))
        .addColumn('uscc', 'text', (c) => c.notNull().unique())
        .addColumn('name_zh', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('district_id', 'integer', (c) => c.notNull().references('districts.id'))
        .addColumn('city_code', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await id(db.schema.createTable('cohorts'))
        .addColumn('institute_id', 'integer', (c) => c.notNull().references('institutes.id'))
        .addColumn('name_zh', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('focus_area', 'text', (c) => c.notNull())
        .addColumn('start_on', 'text', (c) => c.notNull())
        .addColumn('end_on', 'text', (c) => c.notNull())
        .addColumn('enrolled', 'integer', (c) => c.notNull())
        .addColumn('completed', 'integer', (c) => c.notNull())
        .addColumn('certified', 'integer', (c) => c.notNull())
        .addColumn('placed', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await createAccountTables(db, id);
      await createFilingTables(db, id);
      await createReferenceTables(db, id);

      for (const statement of appendOnlyTriggers(kind, ['report_versions', 'audit_log'])) {
        await statement.execute(db);
      }
    },
  };
}

async function createAccountTables(db: AnyDb, id: (t: Table) => Table): Promise<void> {
  await id(db.schema.createTable('users'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('enterprise_id', 'integer', (c) => c.references('enterprises.id'))
    .addColumn('institute_id', 'integer', (c) => c.references('institutes.id'))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('sessions'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();

  await id(db.schema.createTable('api_tokens'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
}

async function createFilingTables(db: AnyDb, id: (t: Table) => Table): Promise<void> {
  await id(db.schema.createTable('contracts'))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id'))
    .addColumn('client_name', 'text', (c) => c.notNull())
    .addColumn('client_country', 'text', (c) => c.notNull())
    .addColumn('service_code', 'text', (c) => c.notNull())
    .addColumn('signed_on', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('value_minor', 'bigint', (c) => c.notNull())
    .addColumn('value_fen', 'bigint', (c) => c.notNull())
    .addColumn('rate_to_cny', 'text', (c) => c.notNull())
    .addColumn('offshore', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contracts_enterprise_idx').on('contracts').column('enterprise_id').execute();

  await id(db.schema.createTable('contract_executions'))
    .addColumn('contract_id', 'integer', (c) => c.notNull().references('contracts.id'))
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('amount_fen', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('executions_contract_idx')
    .on('contract_executions')
    .column('contract_id')
    .execute();

  await id(db.schema.createTable('reports'))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id'))
    .addColumn('period_type', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('reports_one_per_period', [
      'enterprise_id',
      'period_type',
      'period_start',
      'period_end',
    ])
    .execute();
  await db.schema
    .createIndex('reports_status_period_idx')
    .on('reports')
    .columns(['status', 'period_end'])
    .execute();

  await id(db.schema.createTable('report_versions'))
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('filing_json', 'text', (c) => c.notNull())
    .addColumn('result_json', 'text', (c) => c.notNull())
    .addColumn('calculation_version', 'text', (c) => c.notNull())
    .addColumn('factor_ids', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text')
    .addColumn('return_reason', 'text')
    .addColumn('change_reason', 'text')
    .addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('report_versions_unique', ['report_id', 'version'])
    .execute();
}

async function createReferenceTables(db: AnyDb, id: (t: Table) => Table): Promise<void> {
  await db.schema
    .createTable('emission_factors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('targets'))
    .addColumn('city_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('indicator_key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('audit_log'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('detail_json', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_log_action_entity_idx')
    .on('audit_log')
    .columns(['action', 'entity_id'])
    .execute();
}
