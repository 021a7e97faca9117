import {
  aggregateCity,
  aggregateCityByYear,
  type CityIndicators,
  compareYears,
  INDICATORS,
  type IndicatorRow,
  type YearOnYear,
} from '@greenshore/core';
import type { AppContext } from '../http/app-context.ts';
import { preferredRows, toIndicatorRow } from './indicator-rows.ts';
import {
  findLatestApprovedYear,
  type IndicatorDbRow,
  listApprovedIndicatorRows,
} from './indicators.repository.ts';

export interface CityIndicatorsAnswer {
  year: number;
  previousYear: number;
  districtCode: string | null;
  indicatorKeys: string[];
  definitions: {
    key: string;
    outcome: string;
    shape: string;
    unit: string;
    labelZh: string;
    labelEn: string;
  }[];
  current: CityIndicators;
  previous: CityIndicators;
  yearOnYear: YearOnYear;
}

/** Per enterprise and year only its most definitive period type counts (see preferredRows). */
function* countedRows(rows: readonly IndicatorDbRow[]): Generator<IndicatorRow> {
  const { countsForYear } = preferredRows(rows);
  for (const row of rows) if (countsForYear(row)) yield toIndicatorRow(row);
}

/** The city's outcome indicators for a year and the year before, from approved reports. */
export class IndicatorsService {
  constructor(private readonly ctx: Pick<AppContext, 'database' | 'clock'>) {}

  async forYear(query: {
    year?: number | undefined;
    district?: string | undefined;
  }): Promise<CityIndicatorsAnswer> {
    const db = this.ctx.database.db;
    const year = query.year ?? (await findLatestApprovedYear(db)) ?? this.ctx.clock().getUTCFullYear();
    const rows = await listApprovedIndicatorRows(db, {
      endFrom: `${year - 1}-01-01`,
      endTo: `${year}-12-31`,
      districtCode: query.district,
    });
    const byYear = aggregateCityByYear(countedRows(rows));
    const current = byYear.get(year) ?? aggregateCity([], year);
    const previous = byYear.get(year - 1) ?? aggregateCity([], year - 1);
    return {
      year,
      previousYear: year - 1,
      districtCode: query.district ?? null,
      indicatorKeys: INDICATORS.map((i) => i.key),
      definitions: INDICATORS.map(({ key, outcome, shape, unit, labelZh, labelEn }) => ({
        key,
        outcome,
        shape,
        unit,
        labelZh,
        labelEn,
      })),
      current,
      previous,
      yearOnYear: compareYears(current, previous),
    };
  }
}
