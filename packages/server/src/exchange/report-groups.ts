import type { ReadWorkbook } from '../spreadsheets/spreadsheet.types.ts';
import { type RowError, sheetName } from './exchange-column.ts';
import { findSheet } from './import-plan.ts';
import {
  CLOUD_COLUMNS,
  CLOUD_SHEET,
  HARDWARE_COLUMNS,
  HARDWARE_SHEET,
  REPORT_COLUMNS,
  REPORTS_SHEET,
} from './reports.columns.ts';
import { type DecodedRow, decodeSheet, rowError } from './row-codec.ts';

export const REPORTS_LABEL = sheetName(REPORTS_SHEET);
export const HARDWARE_LABEL = sheetName(HARDWARE_SHEET);
export const CLOUD_LABEL = sheetName(CLOUD_SHEET);
const KEY_COLUMNS = ['uscc', 'periodType', 'period.start'];
/** Fields of the report itself: they repeat on each of its revenue rows and must agree. */
const SHARED = REPORT_COLUMNS.map((c) => c.key).filter((k) => !k.startsWith('revenue.') && k !== 'uscc');

/** One report of the file: its revenue rows and, when the XLSX has those sheets, hardware and cloud. */
export interface ReportGroup {
  uscc: string;
  rows: DecodedRow[];
  hardware: DecodedRow[] | null;
  cloud: DecodedRow[] | null;
}

const keyOf = (values: Record<string, unknown>) =>
  KEY_COLUMNS.map((k) => String(values[k] ?? '').toUpperCase()).join('\u0000');

function byKey(rows: DecodedRow[]): Map<string, DecodedRow[]> {
  const out = new Map<string, DecodedRow[]>();
  for (const row of rows) {
    const key = keyOf(row.values);
    out.set(key, [...(out.get(key) ?? []), row]);
  }
  return out;
}

/** A row whose report fields differ from its report's first row: the column that differs. */
function disagreements(rows: DecodedRow[]): RowError[] {
  const [first, ...rest] = rows as [DecodedRow, ...DecodedRow[]];
  return rest.flatMap((row) =>
    SHARED.filter((k) => JSON.stringify(row.values[k]) !== JSON.stringify(first.values[k])).map((k) =>
      rowError(REPORTS_LABEL, row, REPORT_COLUMNS, k, `differs from row ${first.row} of the same report`),
    ),
  );
}

/** Reads the three sheets and groups rows into reports by (USCC, period type, period start). */
export function groupReports(workbook: ReadWorkbook) {
  const reports = findSheet(workbook, { name: REPORTS_SHEET, columns: REPORT_COLUMNS }, 'revenue.category');
  const hardware = findSheet(workbook, { name: HARDWARE_SHEET, columns: HARDWARE_COLUMNS }, 'embodiedKgCo2e');
  const cloud = findSheet(workbook, { name: CLOUD_SHEET, columns: CLOUD_COLUMNS }, 'vcpuHours');
  const decoded = reports ? decodeSheet(reports, REPORT_COLUMNS, REPORTS_LABEL) : { rows: [], errors: [] };
  const hw = hardware ? decodeSheet(hardware, HARDWARE_COLUMNS, HARDWARE_LABEL) : null;
  const cl = cloud ? decodeSheet(cloud, CLOUD_COLUMNS, CLOUD_LABEL) : null;
  const errors = [...decoded.errors, ...(hw?.errors ?? []), ...(cl?.errors ?? [])];
  if (!reports)
    errors.push({ sheet: '', row: 1, column: '', value: '', message: `no ${REPORTS_LABEL} sheet` });
  const hwByKey = byKey(hw?.rows ?? []);
  const clByKey = byKey(cl?.rows ?? []);
  const groups: ReportGroup[] = [];
  for (const [key, rows] of byKey(decoded.rows)) {
    errors.push(...disagreements(rows));
    const uscc = String(rows[0]?.values.uscc ?? '').toUpperCase();
    groups.push({
      uscc,
      rows,
      hardware: hw ? (hwByKey.get(key) ?? []) : null,
      cloud: cl ? (clByKey.get(key) ?? []) : null,
    });
    hwByKey.delete(key);
    clByKey.delete(key);
  }
  for (const [label, columns, orphans] of [
    [HARDWARE_LABEL, HARDWARE_COLUMNS, hwByKey],
    [CLOUD_LABEL, CLOUD_COLUMNS, clByKey],
  ] as const) {
    for (const row of [...orphans.values()].flat())
      errors.push(
        rowError(
          label,
          row,
          columns,
          'period.start',
          'no report of this USCC and period in the Reports sheet',
        ),
      );
  }
  const total = decoded.rows.length + (hw?.rows.length ?? 0) + (cl?.rows.length ?? 0);
  return { groups, errors, total, failedRows: new Set(errors.map((e) => `${e.sheet}\u0000${e.row}`)) };
}
