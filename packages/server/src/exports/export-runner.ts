import type { Clock } from '../auth/auth.service.ts';
import { cliActor } from '../auth/cli-actor.ts';
import type { Database } from '../db/dialect.ts';
import { HttpError } from '../http/http-errors.ts';
import { type ExportFile, exportFile } from './export.service.ts';
import { EXPORT_FILTERS, type ExportKind, exportOptions } from './export-filters.ts';

/** The filter names a kind takes (the CLI refuses a filter the kind would silently ignore). */
export function exportFilterNames(kind: ExportKind): string[] {
  return Object.keys(EXPORT_FILTERS[kind].shape);
}

/**
 * An export outside HTTP (the CLI): the query is validated by the same schemas as the route and the
 * file is built as the first admin, so the command sees exactly what the bureau sees.
 */
export async function exportAsFirstAdmin(
  database: Database,
  clock: Clock,
  kind: ExportKind,
  query: Record<string, unknown>,
): Promise<ExportFile> {
  const parsed = EXPORT_FILTERS[kind].extend(exportOptions.shape).safeParse(query);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new HttpError(400, `invalid ${kind} export options`, issues);
  }
  const { format, lang, ...filters } = parsed.data;
  return exportFile({ database, clock }, await cliActor(database), { kind, format, lang, filters });
}
