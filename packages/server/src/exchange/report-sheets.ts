import { type Filing, filingSchema } from '@greenshore/core';
import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';
import type { ReviewQueueQuery } from '../reports/review-queue.schemas.ts';
import type { TableSheet } from '../spreadsheets/spreadsheet.types.ts';
import { reportsForExport } from './exchange-export.repository.ts';
import {
  CLOUD_COLUMNS,
  CLOUD_SHEET,
  HARDWARE_COLUMNS,
  HARDWARE_SHEET,
  REPORT_COLUMNS,
  REPORT_READ_ONLY,
  REPORTS_SHEET,
} from './reports.columns.ts';
import { exportSheet, flatten } from './sheet-rows.ts';

export type ReportExportFilters = Omit<ReviewQueueQuery, 'limit' | 'offset'>;
type ReportRecord = Awaited<ReturnType<typeof reportsForExport>>[number];

/** One row per revenue line; the report's other fields repeat on each (the long form of the template). */
export function reportRecords(r: ReportRecord) {
  // Older versions were stored as filed, without the schema's defaults: parse to apply them, so an
  // export shows what the calculation used (0, not an empty cell) and reads back identically.
  const stored = JSON.parse(r.filing_json) as Partial<Filing>;
  const parsed = filingSchema.safeParse(stored);
  const { revenue = [], hardware = [], cloud = [], ...rest } = parsed.success ? parsed.data : stored;
  const key = { uscc: r.uscc, periodType: r.period_type, 'period.start': rest.period?.start };
  const shared = {
    ...key,
    ...flatten(rest),
    status: r.status,
    version: r.current_version,
    ...flatten(JSON.parse(r.result_json), 'result'),
  };
  return {
    lines: revenue.map((line) => ({ ...shared, ...flatten(line, 'revenue') })),
    hardware: hardware.map((h) => ({ ...key, ...h })),
    cloud: cloud.map((c) => ({ ...key, ...c })),
  };
}

/** Reports (filtered like the review queue) in the template layout, then status, version and results. */
export async function reportSheets(db: Kysely<DB>, filters: ReportExportFilters): Promise<TableSheet[]> {
  const records = (await reportsForExport(db, filters)).map(reportRecords);
  return [
    exportSheet(
      REPORTS_SHEET,
      REPORT_COLUMNS,
      REPORT_READ_ONLY,
      records.flatMap((r) => r.lines),
    ),
    exportSheet(
      HARDWARE_SHEET,
      HARDWARE_COLUMNS,
      [],
      records.flatMap((r) => r.hardware),
    ),
    exportSheet(
      CLOUD_SHEET,
      CLOUD_COLUMNS,
      [],
      records.flatMap((r) => r.cloud),
    ),
  ];
}
