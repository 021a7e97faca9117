import { type Database, verifyAuditChain } from '@greenshore/server';
import type { Command } from 'commander';
import { withDatabase } from './database.commands.ts';

export interface AuditVerifyOutput {
  stdout: string;
  exitCode: number;
}

/** Exit code of a broken chain: distinct from 1 (the command itself failed) and 2 (bad input). */
export const AUDIT_BROKEN = 3;

/** `greenshore audit verify` as a function of a database: the text it prints and its exit code. */
export async function runAuditVerify(database: Database): Promise<AuditVerifyOutput> {
  const outcome = await verifyAuditChain(database.db);
  if (outcome.intact) {
    const noun = outcome.entries === 1 ? 'entry' : 'entries';
    return { stdout: `audit chain intact: ${outcome.entries} ${noun}\n`, exitCode: 0 };
  }
  return {
    stdout: `audit chain broken at entry #${outcome.brokenAtId}: ${outcome.reason}\n`,
    exitCode: AUDIT_BROKEN,
  };
}

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the hash-chained audit log');
  audit
    .command('verify')
    .description('recompute the audit chain; exit 3 naming the first entry altered outside the application')
    .action(() =>
      withDatabase(async (database) => {
        const out = await runAuditVerify(database);
        process.stdout.write(out.stdout);
        process.exitCode = out.exitCode;
      }),
    );
}
