import { DEFAULT_FACTOR_LIBRARY } from '@greenshore/core';
import {
  createAdmin,
  DEMO_DOMAIN,
  listLogins,
  loadConfig,
  openReadyDatabase,
  seedDemoCity,
} from '@greenshore/server';
import type { Command } from 'commander';

/** Opens the configured database (migrated), runs fn, and always closes it. */
export async function withDatabase<T>(
  fn: (db: Awaited<ReturnType<typeof openReadyDatabase>>) => Promise<T>,
): Promise<T> {
  const database = await openReadyDatabase(loadConfig());
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

export function registerDatabaseCommands(program: Command): void {
  program
    .command('migrate')
    .description('bring the database schema up to date')
    .action(() =>
      withDatabase(async (database) => {
        process.stdout.write(`Database (${database.kind}) is at the latest schema.\n`);
      }),
    );

  program
    .command('seed')
    .description('seed the demo city (only into an empty database)')
    .action(() =>
      withDatabase(async (database) => {
        const config = loadConfig();
        const outcome = await seedDemoCity(database, {
          password: config.demoPassword,
          library: DEFAULT_FACTOR_LIBRARY,
          now: new Date(),
        });
        if (!outcome.seeded) {
          process.stdout.write(
            'The database is not empty: nothing seeded (the demo never overwrites data).\n',
          );
          return;
        }
        process.stdout.write(`Seeded ${outcome.enterprises} enterprises, ${outcome.reports} reports.\n`);
        if (outcome.generatedPassword) process.stdout.write(`Demo password: ${outcome.generatedPassword}\n`);
      }),
    );

  program
    .command('demo-logins')
    .description('list the demo accounts')
    .action(() =>
      withDatabase(async (database) => {
        const logins = (await listLogins(database.db)).filter((l) => l.email.endsWith(`@${DEMO_DOMAIN}`));
        if (logins.length === 0) process.stdout.write('No demo accounts (the demo city is not seeded).\n');
        for (const l of logins)
          process.stdout.write(`${l.role.padEnd(10)} ${l.email.padEnd(36)} ${l.displayName}\n`);
      }),
    );

  const admin = program.command('admin').description('administration');
  admin
    .command('create')
    .description('create an admin account (the first one, in production)')
    .requiredOption('--email <email>', 'the admin email')
    .option('--password <password>', 'at least 12 characters (or set GREENSHORE_ADMIN_PASSWORD)')
    .action((opts: { email: string; password?: string }) =>
      withDatabase(async (database) => {
        const password = opts.password ?? process.env.GREENSHORE_ADMIN_PASSWORD ?? '';
        const id = await createAdmin(database, opts.email, password, new Date());
        process.stdout.write(`Created admin ${opts.email} (id ${id}).\n`);
      }),
    );
}
