import type { AppContext } from '../http/app-context.ts';
import { CompletenessService } from '../reports/completeness.service.ts';
import type { PeriodType } from '../reports/report-period.ts';
import type { TableSheet } from '../spreadsheets/spreadsheet.types.ts';
import { exportColumn, exportSheetName } from './sheet-columns.ts';

export interface CompletenessExportFilters {
  periodType: PeriodType;
  period: string;
}

const COLUMNS = [
  exportColumn('completeness', 'uscc', 'code'),
  exportColumn('completeness', 'nameZh', 'text'),
  exportColumn('completeness', 'nameEn', 'text'),
  exportColumn('completeness', 'districtCode', 'code'),
  exportColumn('completeness', 'periodType', 'code'),
  exportColumn('completeness', 'period', 'code'),
  exportColumn('completeness', 'periodStart', 'date'),
  exportColumn('completeness', 'periodEnd', 'date'),
  exportColumn('completeness', 'deadline', 'date'),
  exportColumn('completeness', 'reportStatus', 'code'),
  exportColumn('completeness', 'filedAt', 'text'),
  exportColumn('completeness', 'filed', 'boolean'),
  exportColumn('completeness', 'late', 'boolean'),
  exportColumn('completeness', 'neverFiled', 'boolean'),
];

/** Every page of the GET /completeness answer as one sheet: one row per enterprise for the period. */
export async function completenessSheets(
  ctx: Pick<AppContext, 'database' | 'clock'>,
  filters: CompletenessExportFilters,
): Promise<TableSheet[]> {
  const answer = await new CompletenessService(ctx).forPeriod(filters.periodType, filters.period, {
    limit: Number.MAX_SAFE_INTEGER,
    offset: 0,
  });
  const { periodType, period, deadline } = answer;
  const rows = answer.items.map((i) => [
    i.uscc,
    i.nameZh,
    i.nameEn,
    i.districtCode,
    periodType,
    period.label,
    period.start,
    period.end,
    deadline.date,
    i.reportStatus,
    i.filedAt,
    i.filed,
    i.late,
    i.neverFiled,
  ]);
  return [{ name: exportSheetName('completeness'), columns: COLUMNS, rows }];
}
