import type { UserRow } from '../auth/users.repository.ts';
import { contractSheets } from '../exchange/contract-sheets.ts';
import { enterpriseSheets } from '../exchange/enterprise-sheets.ts';
import { reportSheets } from '../exchange/report-sheets.ts';
import type { AppContext } from '../http/app-context.ts';
import { HttpError } from '../http/http-errors.ts';
import { writeCsv } from '../spreadsheets/csv.writer.ts';
import type { Lang, TableSheet } from '../spreadsheets/spreadsheet.types.ts';
import { writeXlsx } from '../spreadsheets/xlsx.writer.ts';
import { completenessSheets } from './completeness.sheet.ts';
import { type ExportFilters, type ExportFormat, type ExportKind, scopeFilters } from './export-filters.ts';
import { indicatorsSheets } from './indicators.sheet.ts';

/** An export is a read: it needs the database and the clock, nothing of a request. */
export type ExportContext = Pick<AppContext, 'database' | 'clock'>;

/** Beyond this a spreadsheet stops being useful and the server's memory starts to matter. */
export const EXPORT_ROW_CAP = 100_000;

/** Builds a kind's sheets from filters the access rules (scopeFilters) have already narrowed. */
type SheetBuilder<K extends ExportKind> = (
  ctx: ExportContext,
  filters: ExportFilters[K],
) => Promise<TableSheet[]>;

/** The one registry: which sheets each kind exports. Exchange kinds reuse the import templates' columns. */
const BUILDERS: { [K in ExportKind]: SheetBuilder<K> } = {
  enterprises: (ctx, f) => enterpriseSheets(ctx.database.db, f),
  contracts: (ctx, f) => contractSheets(ctx.database.db, f.enterpriseId),
  reports: (ctx, f) => reportSheets(ctx.database.db, f),
  indicators: (ctx, f) => indicatorsSheets(ctx, f),
  completeness: (ctx, f) => completenessSheets(ctx, f),
};

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export interface ExportRequest<K extends ExportKind> {
  kind: K;
  format: ExportFormat;
  lang: Lang;
  filters: ExportFilters[K];
}

export interface ExportFile {
  bytes: Buffer;
  fileName: string;
  contentType: string;
  rowCount: number;
}

/** `greenshore-<kind>-<yyyymmdd>.<ext>`, dated by the app clock (UTC). */
export function exportFileName(kind: ExportKind, format: ExportFormat, now: Date): string {
  return `greenshore-${kind}-${now.toISOString().slice(0, 10).replaceAll('-', '')}.${format}`;
}

/** Builds a kind's sheets for the actor (access rules applied) and writes them as one file. */
export async function exportFile<K extends ExportKind>(
  ctx: ExportContext,
  actor: UserRow,
  request: ExportRequest<K>,
  rowCap = EXPORT_ROW_CAP,
): Promise<ExportFile> {
  const { kind, format, lang } = request;
  const filters = scopeFilters(actor, kind, request.filters);
  const sheets = await BUILDERS[kind](ctx, filters);
  const main = sheets[0];
  if (!main) throw new Error(`export ${kind} built no sheet`);
  if (sheets.some((s) => s.rows.length > rowCap)) {
    throw new HttpError(400, 'too many rows, narrow the filters', [
      { path: 'querystring', message: `an export holds at most ${rowCap} rows per sheet` },
    ]);
  }
  // A CSV carries one sheet: the kind's main sheet (see the API contract's spreadsheet layout).
  const bytes = format === 'xlsx' ? await writeXlsx(sheets, { lang }) : writeCsv(main, { lang });
  return {
    bytes,
    fileName: exportFileName(kind, format, ctx.clock()),
    contentType: CONTENT_TYPES[format],
    rowCount: main.rows.length,
  };
}
