import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FACTOR_LIBRARY } from '@greenshore/core';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config/config.ts';
import { assertDurability, type Database, openDatabase } from './db/dialect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { failAbandonedImports } from './exchange/imports.repository.ts';
import { buildApp } from './http/app.ts';
import { type SeedOutcome, seedDemoCity } from './seed/demo.service.ts';
import { ensureFactorLibrary } from './seed/reference-data.ts';

/** Opens the configured database, refuses a non-durable one, and migrates it to the latest schema. */
export async function openReadyDatabase(config: Pick<Config, 'database'>): Promise<Database> {
  const database = openDatabase(config.database);
  try {
    await assertDurability(database);
    await migrateToLatest(database);
    await ensureFactorLibrary(database.db, new Date().toISOString());
    return database;
  } catch (err) {
    await database.close();
    throw err;
  }
}

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  seed: SeedOutcome | null;
  stop(): Promise<void>;
}

/** Boot: database ready, demo city on an empty database (unless GREENSHORE_DEMO=0), then listen. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openReadyDatabase(config);
  const seed = config.demo
    ? await seedDemoCity(database, {
        password: config.demoPassword,
        library: DEFAULT_FACTOR_LIBRARY,
        now: new Date(),
      })
    : null;
  await failAbandonedImports(database.db, new Date());
  const app = await buildApp({
    config,
    database,
    clock: () => new Date(),
    webDistDir: findWebDist(config.webDistDir),
  });
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const stop = async () => {
    await app.close();
    await database.close();
  };
  return { app, database, url: `http://${config.host}:${port}`, seed, stop };
}

/** The built web app: the configured folder, else beside the sources (dev) or the bundle (npm start). */
function findWebDist(configured: string | undefined): string | undefined {
  const candidates = [
    configured,
    fileURLToPath(new URL('../../web/dist', import.meta.url)),
    fileURLToPath(new URL('../packages/web/dist', import.meta.url)),
  ];
  return candidates.find((dir) => dir && fs.existsSync(`${dir}/index.html`)) ?? candidates[1];
}
