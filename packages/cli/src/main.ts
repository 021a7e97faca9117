import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { describeFailure } from './cli-errors.ts';
import { registerAuditCommands } from './commands/audit.command.ts';
import { registerCalcCommand } from './commands/calc.command.ts';
import { registerDatabaseCommands } from './commands/database.commands.ts';
import { registerExportCommand } from './commands/export.command.ts';
import { registerImportCommand } from './commands/import.command.ts';
import { registerReportCommand } from './commands/report.command.ts';
import { registerServeCommand } from './commands/serve.command.ts';

export function buildProgram(): Command {
  const program = new Command('greenshore')
    .description('Greenshore: service outsourcing and the low-carbon economy')
    .showHelpAfterError();
  registerServeCommand(program);
  registerDatabaseCommands(program);
  registerCalcCommand(program);
  registerAuditCommands(program);
  registerImportCommand(program);
  registerExportCommand(program);
  registerReportCommand(program);
  return program;
}

/** Runs the CLI; a failure prints one line to stderr and exits 1. */
export async function main(argv: string[]): Promise<void> {
  // `greenshore demo-logins | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    process.stderr.write(`greenshore: ${describeFailure(err)}\n`);
    process.exitCode = 1;
  }
}

// Run when executed directly (tsx in development, the bundle under `npm start`), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv);
}
