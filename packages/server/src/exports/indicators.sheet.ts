import { type CityIndicators, INDICATORS, type YearOnYear } from '@greenshore/core';
import type { AppContext } from '../http/app-context.ts';
import { IndicatorsService } from '../indicators/indicators.service.ts';
import type { CellValue, TableSheet } from '../spreadsheets/spreadsheet.types.ts';
import { exportColumn, exportSheetName } from './sheet-columns.ts';

export interface IndicatorsExportFilters {
  year?: number | undefined;
  district?: string | undefined;
}

const COLUMNS = [
  exportColumn('indicators', 'key', 'code'),
  exportColumn('indicators', 'nameZh', 'text'),
  exportColumn('indicators', 'nameEn', 'text'),
  exportColumn('indicators', 'outcome', 'code'),
  exportColumn('indicators', 'category', 'code'),
  exportColumn('indicators', 'unit', 'code'),
  exportColumn('indicators', 'year', 'integer'),
  exportColumn('indicators', 'value', 'decimal'),
  exportColumn('indicators', 'previousValue', 'decimal'),
  exportColumn('indicators', 'change', 'decimal'),
  exportColumn('indicators', 'changeRate', 'decimal'),
  exportColumn('indicators', 'share', 'decimal'),
];

type Definition = (typeof INDICATORS)[number];
type BreakdownKey = keyof CityIndicators['breakdowns'];
type ScalarKey = keyof CityIndicators['values'];

function scalarRow(def: Definition, year: number, yoy: YearOnYear): CellValue[] {
  const c = yoy.changes[def.key as ScalarKey];
  const head = [def.key, def.labelZh, def.labelEn, def.outcome, null, def.unit, year];
  return [...head, c.current, c.previous, c.change, c.changeRate, null];
}

/** One row per category; a category present only the year before still shows its previous amount. */
function breakdownRows(def: Definition, current: CityIndicators, previous: CityIndicators): CellValue[][] {
  const now = current.breakdowns[def.key as BreakdownKey] ?? {};
  const before = previous.breakdowns[def.key as BreakdownKey] ?? {};
  const categories = [...new Set([...Object.keys(now), ...Object.keys(before)])].sort();
  return categories.map((category) => {
    const value = now[category]?.amountCny ?? null;
    const prior = before[category]?.amountCny ?? null;
    const change = value !== null && prior !== null ? value - prior : null;
    const rate = change !== null && prior ? change / Math.abs(prior) : null;
    const head = [def.key, def.labelZh, def.labelEn, def.outcome, category, 'CNY', current.year];
    return [...head, value, prior, change, rate, now[category]?.share ?? null];
  });
}

/** The GET /indicators answer as a sheet: the same service, so the file and the screen agree. */
export async function indicatorsSheets(
  ctx: Pick<AppContext, 'database' | 'clock'>,
  filters: IndicatorsExportFilters,
): Promise<TableSheet[]> {
  const answer = await new IndicatorsService(ctx).forYear(filters);
  const rows = INDICATORS.flatMap((def) =>
    def.shape === 'scalar'
      ? [scalarRow(def, answer.year, answer.yearOnYear)]
      : breakdownRows(def, answer.current, answer.previous),
  );
  return [{ name: exportSheetName('indicators'), columns: COLUMNS, rows }];
}
