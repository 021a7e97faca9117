import fs from 'node:fs';
import path from 'node:path';
import {
  type Config,
  cliActor,
  type Database,
  documentsOutsideServer,
  HttpError,
  loadConfig,
  openReadyDatabase,
  type PdfFile,
  parseDocumentLanguage,
  parseDocumentYear,
} from '@greenshore/server';
import type { Command } from 'commander';

export type ReportRequest =
  | { document: 'annual'; year: string }
  | { document: 'statement'; reportId: string }
  | { document: 'client'; contractId: string; year: string };

export interface ReportOptions {
  lang: string;
  output?: string | undefined;
}

/** A positive id from the command line; otherwise a 400 naming the option, as the API would. */
function parseId(value: string, option: string): number {
  const id = Number(value);
  if (Number.isInteger(id) && id > 0) return id;
  throw new HttpError(400, `invalid ${option}`, [{ path: option, message: 'a positive id is required' }]);
}

/** `greenshore report ...` as a function of a database: renders the PDF, writes it, answers its path. */
export async function runReport(
  database: Database,
  config: Pick<Config, 'pdfFontPath'>,
  request: ReportRequest,
  opts: ReportOptions,
  now: () => Date = () => new Date(),
): Promise<{ file: string; bytes: number }> {
  const lang = parseDocumentLanguage(opts.lang);
  const documents = documentsOutsideServer(database, config, now);
  let pdf: PdfFile;
  if (request.document === 'annual')
    pdf = await documents.annualReport(parseDocumentYear(request.year), lang);
  else if (request.document === 'statement')
    pdf = await documents.enterpriseStatement(
      await cliActor(database),
      parseId(request.reportId, 'report'),
      lang,
    );
  else
    pdf = await documents.clientStatement(
      await cliActor(database),
      parseId(request.contractId, 'contract'),
      parseDocumentYear(request.year),
      lang,
    );
  const file = path.resolve(opts.output ?? pdf.fileName);
  fs.writeFileSync(file, pdf.bytes);
  return { file, bytes: pdf.bytes.length };
}

/** Opens the configured database, renders, writes, closes; prints where the file went. */
async function runWithConfig(request: ReportRequest, opts: ReportOptions): Promise<void> {
  const config = loadConfig();
  const database = await openReadyDatabase(config);
  try {
    const out = await runReport(database, config, request, opts);
    process.stdout.write(`wrote ${out.file} (${out.bytes} bytes)\n`);
  } finally {
    await database.close();
  }
}

export function registerReportCommand(program: Command): void {
  const report = program.command('report').description('PDF documents (zh-CN or en), as the API serves them');
  const common = (c: Command) =>
    c.option('--lang <lang>', 'zh-CN or en', 'zh-CN').option('-o, --output <file>', 'the PDF to write');
  common(
    report
      .command('annual')
      .description('the city’s annual report “Service Outsourcing and the Low-carbon Economy”')
      .requiredOption('--year <year>', 'the year of the approved reports'),
  ).action((o: ReportOptions & { year: string }) => runWithConfig({ document: 'annual', year: o.year }, o));
  common(
    report
      .command('statement')
      .description('an enterprise carbon and value statement of one report')
      .requiredOption('--report <id>', 'the report id'),
  ).action((o: ReportOptions & { report: string }) =>
    runWithConfig({ document: 'statement', reportId: o.report }, o),
  );
  common(
    report
      .command('client')
      .description('a client carbon statement of one contract and year (GHG Protocol Scope 3 category 1)')
      .requiredOption('--contract <id>', 'the contract id')
      .requiredOption('--year <year>', 'the year of the executions'),
  ).action((o: ReportOptions & { contract: string; year: string }) =>
    runWithConfig({ document: 'client', contractId: o.contract, year: o.year }, o),
  );
}
