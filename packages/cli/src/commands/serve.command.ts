import { DEMO_DOMAIN, loadConfig, startServer } from '@greenshore/server';
import type { Command } from 'commander';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the API and the web app (migrates; seeds the demo city into an empty database)')
    .action(async () => {
      const server = await startServer(loadConfig());
      const out = process.stdout;
      out.write(`\nGreenshore is running at ${server.url} (database: ${server.database.kind})\n`);
      if (server.seed?.seeded) {
        out.write(
          `Seeded the demo city: ${server.seed.enterprises} enterprises, ${server.seed.reports} reports.\n`,
        );
        out.write(
          `Demo logins: admin@${DEMO_DOMAIN}, analyst@${DEMO_DOMAIN}, filers: npx greenshore demo-logins\n`,
        );
        out.write(
          server.seed.generatedPassword
            ? `Demo password (shown once, stored only hashed): ${server.seed.generatedPassword}\n`
            : 'Demo password: the value of GREENSHORE_DEMO_PASSWORD\n',
        );
      }
      const shutdown = (signal: string) => {
        server.app.log.info({ signal }, 'shutting down');
        server.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
    });
}
