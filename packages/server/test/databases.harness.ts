import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Database, type DatabaseTarget, type DialectKind, openDatabase } from '../src/db/dialect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

/** The databases every repository/service suite runs on: SQLite always, PostgreSQL when TEST_PG_URL is set. */
export function testDialects(): DialectKind[] {
  return process.env.TEST_PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface FreshDatabase {
  database: Database;
  /** Drops the schema / removes the file. */
  dispose(): Promise<void>;
}

/** A place for a new, empty database that no other test run can see, and how to remove it. */
export async function freshTarget(
  kind: DialectKind,
): Promise<{ target: DatabaseTarget; dispose(): Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'greenshore-test-'));
    return {
      target: { kind: 'sqlite', file: path.join(dir, 'greenshore.db') },
      dispose: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const url = process.env.TEST_PG_URL;
  if (!url) throw new Error('TEST_PG_URL is not set');
  const schema = `gs_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `CREATE SCHEMA ${schema}`);
  return {
    target: { kind: 'postgres', url, schema },
    dispose: () => adminQuery(url, `DROP SCHEMA ${schema} CASCADE`),
  };
}

/** A new, empty, migrated database that no other test run can see. */
export async function freshDatabase(
  kind: DialectKind,
  opts: { migrate?: boolean } = {},
): Promise<FreshDatabase> {
  const place = await freshTarget(kind);
  const database = openDatabase(place.target);
  if (opts.migrate !== false) await migrateToLatest(database);
  return {
    database,
    dispose: async () => {
      await database.close();
      await place.dispose();
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Declares the same suite once per test database. `use()` returns the suite's database, created
 * fresh before its first test and disposed after its last.
 */
export function describeEachDatabase(
  title: string,
  body: (use: () => Database, kind: DialectKind) => void,
): void {
  for (const kind of testDialects()) {
    describe(`${title} [${kind}]`, () => {
      let fresh: FreshDatabase | undefined;
      beforeAll(async () => {
        fresh = await freshDatabase(kind);
      });
      afterAll(async () => {
        await fresh?.dispose();
      });
      body(() => {
        if (!fresh) throw new Error('database not ready');
        return fresh.database;
      }, kind);
    });
  }
}
