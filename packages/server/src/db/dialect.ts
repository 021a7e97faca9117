import fs from 'node:fs';
import path from 'node:path';
import SqliteDriver from 'better-sqlite3';
import {
  type CreateTableBuilder,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  sql,
  type Transaction,
} from 'kysely';
import pg from 'pg';
import type { DB } from './database.types.ts';

/**
 * The dialect seam: every difference between SQLite and PostgreSQL lives in this module
 * (connection, durability settings, id columns, error codes, append-only triggers), and in its
 * neighbour bulk-insert.ts (how many rows are written at once).
 */
export type DialectKind = 'sqlite' | 'postgres';

export type DatabaseTarget =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; schema?: string };

export interface Database {
  db: Kysely<DB>;
  kind: DialectKind;
  /** PostgreSQL schema other than the default (tests give each suite its own). */
  schema?: string;
  /** SQLite only: the driver under Kysely, for bulk-insert.ts's prepared statements. */
  sqlite?: SqliteDriver.Database;
  close(): Promise<void>;
}

export class DurabilityError extends Error {}

const INT8_OID = 20;

export function openDatabase(target: DatabaseTarget): Database {
  return target.kind === 'sqlite' ? openSqlite(target.file) : openPostgres(target.url, target.schema);
}

function openSqlite(file: string): Database {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const driver = new SqliteDriver(file);
  driver.pragma('journal_mode = WAL');
  driver.pragma('synchronous = FULL');
  driver.pragma('foreign_keys = ON');
  driver.pragma('busy_timeout = 5000');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: driver }) });
  return { db, kind: 'sqlite', sqlite: driver, close: () => db.destroy() };
}

function openPostgres(url: string, schema: string | undefined): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // Tests run each suite in its own schema so parallel runs never collide.
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    // BIGINT (money in fen) arrives as a string by default; our values stay far below 2^53.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID
          ? parseSafeInteger
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection dropped by the server (restart, failover, terminated backend) is an 'error'
  // event on the pool; unhandled, it would crash the process. The pool discards that client and the
  // next query opens a new connection, so a warning is all it deserves.
  pool.on('error', (err) => process.emitWarning(`PostgreSQL idle connection lost: ${err.message}`));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', ...(schema ? { schema } : {}), close: () => db.destroy() };
}

function parseSafeInteger(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`integer ${text} exceeds the safe range`);
  return n;
}

interface DurabilityCheck {
  setting: string;
  expected: string;
  actual: string;
}

/**
 * A record-keeping system must not lose an acknowledged filing on power loss, so the boot refuses
 * to continue unless the database is set to flush every commit to disk.
 */
export async function assertDurability(database: Database): Promise<void> {
  const checks =
    database.kind === 'sqlite' ? await sqliteDurability(database.db) : await postgresDurability(database.db);
  const wrong = checks.filter((c) => c.actual !== c.expected);
  if (wrong.length === 0) return;
  const lines = wrong.map((c) => `${c.setting} is ${c.actual}, must be ${c.expected}`);
  throw new DurabilityError(
    `Refusing to start: the ${database.kind} database is not durable (${lines.join('; ')}). ` +
      'Greenshore keeps official filings and must not lose an acknowledged write on power loss.',
  );
}

async function sqliteDurability(db: Kysely<DB>): Promise<DurabilityCheck[]> {
  const read = async (pragma: string) =>
    String(Object.values((await sql.raw(`PRAGMA ${pragma}`).execute(db)).rows[0] ?? {})[0]);
  return [
    { setting: 'journal_mode', expected: 'wal', actual: await read('journal_mode') },
    { setting: 'synchronous', expected: '2', actual: await read('synchronous') },
    { setting: 'foreign_keys', expected: '1', actual: await read('foreign_keys') },
  ];
}

async function postgresDurability(db: Kysely<DB>): Promise<DurabilityCheck[]> {
  const read = async (name: string) => {
    const r = await sql<{ setting: string }>`select setting from pg_settings where name = ${name}`.execute(
      db,
    );
    return r.rows[0]?.setting ?? 'unknown';
  };
  return [
    { setting: 'fsync', expected: 'on', actual: await read('fsync') },
    { setting: 'synchronous_commit', expected: 'on', actual: await read('synchronous_commit') },
    { setting: 'full_page_writes', expected: 'on', actual: await read('full_page_writes') },
  ];
}

/** The column type of an auto-increment primary key. */
export function serialType(kind: DialectKind): 'integer' | 'serial' {
  return kind === 'sqlite' ? 'integer' : 'serial';
}

/** Whether an error is a unique-constraint violation, in either database. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

/**
 * Triggers that make tables append-only in the database itself, so history cannot be rewritten
 * even by a bug in the application (DESIGN.md: a stored version is never changed or deleted).
 */
export function appendOnlyTriggers(kind: DialectKind, tables: readonly string[]) {
  if (kind === 'sqlite') {
    return tables.flatMap((t) =>
      ['UPDATE', 'DELETE'].map((op) =>
        sql.raw(
          `CREATE TRIGGER ${t}_no_${op.toLowerCase()} BEFORE ${op} ON ${t} ` +
            `BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END`,
        ),
      ),
    );
  }
  const fn = sql.raw(
    `CREATE OR REPLACE FUNCTION greenshore_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ ` +
      `BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`,
  );
  return [
    fn,
    ...tables.map((t) =>
      sql.raw(
        `CREATE TRIGGER ${t}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${t} ` +
          'FOR EACH STATEMENT EXECUTE FUNCTION greenshore_append_only()',
      ),
    ),
  ];
}

const AUDIT_CHAIN_LOCK = 0x67736175; // arbitrary constant: "gsau"

/**
 * Serialises appends to the audit chain. SQLite has one writer already; PostgreSQL takes a
 * transaction-scoped advisory lock so two concurrent writes cannot fork the chain.
 */
export async function lockAuditChain(trx: Transaction<DB>, kind: DialectKind): Promise<void> {
  if (kind === 'postgres') await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
}

/** Adds the auto-increment `id` primary key to a table being created, in either database. */
// biome-ignore lint/suspicious/noExplicitAny: works on any table builder.
export function withIdColumn<T extends CreateTableBuilder<any, any>>(kind: DialectKind, table: T): T {
  return table.addColumn('id', serialType(kind), (c) =>
    kind === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey(),
  ) as T;
}
