import fs from 'node:fs';
import path from 'node:path';
import {
  type Database,
  EXPORT_FORMATS,
  EXPORT_KINDS,
  type ExportKind,
  exportAsFirstAdmin,
  exportFilterNames,
  HttpError,
} from '@greenshore/server';
import { Argument, type Command, Option } from 'commander';
import { withDatabase } from './database.commands.ts';

export interface ExportOptions {
  format: string;
  lang?: string;
  output?: string;
  year?: string;
  district?: string;
  enterpriseId?: string;
  status?: string;
  periodType?: string;
  period?: string;
  q?: string;
  ownership?: string;
  mainServiceCode?: string;
  country?: string;
}

/** Command-line filters to the list query names; `--district` is `districtCode` on the enterprise list. */
function queryOf(kind: ExportKind, opts: ExportOptions): Record<string, unknown> {
  const { format, lang, output: _output, district, ...filters } = opts;
  const names = exportFilterNames(kind);
  const query: Record<string, unknown> = { ...filters };
  if (district !== undefined) query[names.includes('districtCode') ? 'districtCode' : 'district'] = district;
  const stray = Object.keys(query).filter((k) => query[k] !== undefined && !names.includes(k));
  if (stray.length > 0) {
    const flags = stray.map((k) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
    throw new HttpError(400, `${kind} exports take no ${flags.join(', ')} filter`, [
      { path: 'filters', message: `see greenshore export --help for the filters of each kind` },
    ]);
  }
  return { ...query, format, lang };
}

/** `greenshore export KIND` as a function of a database: writes the file, answers its path. */
export async function runExport(
  database: Database,
  kind: ExportKind,
  opts: ExportOptions,
  now: () => Date = () => new Date(),
): Promise<{ file: string; rows: number }> {
  const exported = await exportAsFirstAdmin(database, now, kind, queryOf(kind, opts));
  const file = path.resolve(opts.output ?? exported.fileName);
  fs.writeFileSync(file, exported.bytes);
  return { file, rows: exported.rowCount };
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('export a list as XLSX or CSV (as the first admin), with the list’s own filters')
    .addArgument(new Argument('<kind>', 'what to export').choices(EXPORT_KINDS))
    .addOption(new Option('--format <format>', 'file format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .addOption(new Option('--lang <lang>', 'language of texts').choices(['zh-CN', 'en']).default('zh-CN'))
    .option('-o, --output <file>', 'where to write (default ./greenshore-<kind>-<yyyymmdd>.<ext>)')
    .option('--year <year>', 'reports, indicators: the year')
    .option('--district <code>', 'enterprises, indicators: a district code')
    .option('--enterprise-id <id>', 'contracts, reports: one enterprise')
    .option('--status <status>', 'reports: draft, submitted, approved or returned')
    .option('--period-type <type>', 'reports, completeness: monthly, quarterly or annual')
    .option('--period <label>', 'completeness: YYYY-MM, YYYY-Qn or YYYY')
    .option('--q <text>', 'enterprises: part of a name or the USCC')
    .option('--ownership <kind>', 'enterprises: ownership kind')
    .option('--main-service-code <code>', 'enterprises: main service code')
    .option('--country <code>', 'enterprises: has a client in this ISO country')
    .action((kind: ExportKind, opts: ExportOptions) =>
      withDatabase(async (database) => {
        const out = await runExport(database, kind, opts);
        process.stdout.write(`Wrote ${out.rows} rows to ${out.file}\n`);
      }),
    );
}
