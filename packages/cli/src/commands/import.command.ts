import {
  type Database,
  IMPORT_KINDS,
  IMPORT_MODES,
  type ImportDto,
  type ImportKind,
  importFileAs,
} from '@greenshore/server';
import cliProgress from 'cli-progress';
import { Argument, type Command, Option } from 'commander';
import { withDatabase } from './database.commands.ts';

export interface ImportOptions {
  kind: ImportKind;
  mode: (typeof IMPORT_MODES)[number];
  as?: string;
}

/** Row errors printed after the summary; the rest are in GET /imports/{id}/errors.xlsx. */
const SHOWN_ERRORS = 20;

/** A bar on a terminal; piped output (logs, CI) gets a line every 10% instead of control characters. */
function progressReporter(stderr: NodeJS.WriteStream) {
  if (stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: stderr, format: 'importing [{bar}] {percentage}% {value}/{total} rows' },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update: ({ done, total }: { done: number; total: number }) => {
        if (!started) bar.start(total, 0);
        started = true;
        bar.setTotal(total);
        bar.update(done);
      },
      stop: () => started && bar.stop(),
    };
  }
  let shown = -1;
  return {
    update: ({ done, total }: { done: number; total: number }) => {
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth <= shown) return;
      shown = tenth;
      stderr.write(`importing: ${tenth * 10}% (${done}/${total} rows)\n`);
    },
    stop: () => {},
  };
}

/** The summary line and the first row errors, as `row 12, 金额 / Amount: "abc": must be a number`. */
export function describeImport(dto: ImportDto): string {
  const { created, updated, unchanged, skipped } = dto.summary;
  const lines = [
    `import #${dto.id} ${dto.status}: ${created} created, ${updated} updated, ${unchanged} unchanged, ` +
      `${skipped} skipped, ${dto.errorCount} errors` +
      (dto.duplicateOf !== null ? ` (same file as import #${dto.duplicateOf})` : ''),
  ];
  for (const e of dto.errors.slice(0, SHOWN_ERRORS)) {
    const where = [e.row > 0 ? `row ${e.row}` : '', e.column].filter(Boolean).join(', ');
    const sheet = e.sheet ? ` (${e.sheet})` : '';
    lines.push(`${where}${where ? ': ' : ''}${e.value ? `"${e.value}": ` : ''}${e.message}${sheet}`);
  }
  if (dto.errorCount > SHOWN_ERRORS) lines.push(`… and ${dto.errorCount - SHOWN_ERRORS} more`);
  return `${lines.join('\n')}\n`;
}

/** `greenshore import FILE` as a function of a database: the outcome and the exit code. */
export async function runImport(
  database: Database,
  file: string,
  opts: ImportOptions,
  stderr: NodeJS.WriteStream = process.stderr,
) {
  const progress = progressReporter(stderr);
  try {
    const dto = await importFileAs(database, () => new Date(), file, {
      ...opts,
      onProgress: progress.update,
    });
    return {
      dto,
      text: describeImport(dto),
      exitCode: dto.status === 'rejected' || dto.status === 'failed' ? 1 : 0,
    };
  } finally {
    progress.stop();
  }
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import a CSV or XLSX file of enterprises, contracts or reports (as the first admin)')
    .addArgument(new Argument('<file>', 'the CSV or XLSX file'))
    .addOption(new Option('--kind <kind>', 'what the file holds').choices(IMPORT_KINDS).makeOptionMandatory())
    .addOption(
      new Option('--mode <mode>', 'all-or-nothing, or import the valid rows only')
        .choices(IMPORT_MODES)
        .default('all-or-nothing'),
    )
    .option('--as <email>', 'import as this account: its scope applies (a filer: its own enterprise)')
    .action((file: string, opts: ImportOptions) =>
      withDatabase(async (database) => {
        const out = await runImport(database, file, opts);
        process.stdout.write(out.text);
        process.exitCode = out.exitCode;
      }),
    );
}
