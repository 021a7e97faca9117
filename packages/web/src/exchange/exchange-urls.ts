import type { Language } from '@greenshore/core';

/**
 * Addresses of every file the API hands out (exports, templates, row reports, PDFs). They are plain GET
 * links: the session cookie authenticates them, so an `<a href download>` is the whole download helper.
 */

export type ExportKind = 'enterprises' | 'reports' | 'contracts' | 'indicators' | 'completeness';
export type ExportFormat = 'xlsx' | 'csv';
export type ImportKind = 'enterprises' | 'contracts' | 'reports';
/** A list page's current filters; empty values are "not filtered" and stay out of the address. */
export type ExportFilters = Readonly<Record<string, string | number | null | undefined>>;

const API = '/api/v1';
// Paging belongs to the screen, not to the file: an export carries every row matching the filters.
const NOT_FILTERS = new Set(['format', 'lang', 'limit', 'offset']);

/** A page's query string (e.g. `q=soft&districtCode=320102`) as export filters. */
export function filtersOfSearch(search: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search));
}

function withQuery(path: string, params: ExportFilters): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${API}${path}?${text}` : `${API}${path}`;
}

export function exportHref(
  kind: ExportKind,
  format: ExportFormat,
  lang: Language,
  filters: ExportFilters = {},
): string {
  const own = Object.fromEntries(Object.entries(filters).filter(([key]) => !NOT_FILTERS.has(key)));
  return withQuery(`/exports/${kind}`, { format, lang, ...own });
}

export function templateHref(kind: ImportKind, lang: Language): string {
  return withQuery(`/imports/templates/${kind}`, { lang });
}

export function rowReportHref(importId: number, lang: Language): string {
  return withQuery(`/imports/${importId}/errors.xlsx`, { lang });
}

export function annualReportHref(year: number | string, lang: Language): string {
  return withQuery('/documents/annual-report', { year, lang });
}

export function statementHref(reportId: number, lang: Language): string {
  return withQuery(`/reports/${reportId}/statement.pdf`, { lang });
}

export function carbonStatementHref(contractId: number, year: number, lang: Language): string {
  return withQuery(`/contracts/${contractId}/carbon-statement.pdf`, { year, lang });
}

/**
 * The year a contract's client statement covers by default: the latest year the contract was executed
 * in, when its executions are known; otherwise the last full calendar year (what a client's annual
 * reporting asks for), but never a year before the contract was signed. Never a future year.
 */
export function contractStatementYear(signedOn: string, today: Date, executionEnds: string[] = []): number {
  const currentYear = today.getUTCFullYear();
  const executed = executionEnds.map((end) => Number(end.slice(0, 4))).filter(Number.isInteger);
  if (executed.length > 0) return Math.min(Math.max(...executed), currentYear);
  const signedYear = Number(signedOn.slice(0, 4));
  return Number.isInteger(signedYear) && signedYear > currentYear - 1 ? signedYear : currentYear - 1;
}
