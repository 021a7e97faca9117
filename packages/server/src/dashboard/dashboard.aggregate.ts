import {
  type AggregateOptions,
  CityAccumulator,
  type CityIndicators,
  finishCityIndicators,
} from '@greenshore/core';
import { preferredRows, quarterOf, toIndicatorRow, yearOf } from '../indicators/indicator-rows.ts';
import type { DashboardDbRow } from './dashboard.repository.ts';

export interface QuarterIndicators {
  year: number;
  quarter: number;
  indicators: CityIndicators;
}

export interface DashboardAggregates {
  /** Per year, ordered. */
  years: Map<number, CityIndicators>;
  /** Per `YYYYQn`, ordered; from monthly and quarterly filings (annual ones cannot be split). */
  quarters: Map<string, QuarterIndicators>;
  /** Per district code, for the selected period only. */
  districts: Map<string, CityIndicators>;
}

const accumulatorIn = <K>(map: Map<K, CityAccumulator>, key: K, year: number) => {
  let acc = map.get(key);
  if (acc === undefined) {
    acc = new CityAccumulator(year);
    map.set(key, acc);
  }
  return acc;
};

const finishAll = <K>(map: Map<K, CityAccumulator>, options: AggregateOptions, order: (k: K) => string) =>
  new Map(
    [...map.entries()]
      .sort(([a], [b]) => order(a).localeCompare(order(b)))
      .map(([k, acc]) => [k, finishCityIndicators(acc, options)] as const),
  );

/**
 * Per year, per quarter and per district in one pass over the rows, each through the core accumulator,
 * so every figure equals core aggregateCity over the same rows. `period.quarter` picks the districts' span.
 */
export function aggregateDashboard(
  rows: readonly DashboardDbRow[],
  period: { year: number; quarter?: number | undefined },
  options: AggregateOptions,
): DashboardAggregates {
  const { countsForYear, countsForQuarter } = preferredRows(rows);
  const years = new Map<number, CityAccumulator>();
  const quarters = new Map<string, CityAccumulator>();
  const districts = new Map<string, CityAccumulator>();
  for (const db of rows) {
    const forYear = countsForYear(db);
    const forQuarter = countsForQuarter(db);
    if (!forYear && !forQuarter) continue;
    const row = toIndicatorRow(db);
    const year = yearOf(db);
    const quarter = quarterOf(db);
    if (forYear) accumulatorIn(years, year, year).add(row);
    if (forQuarter) accumulatorIn(quarters, `${year}Q${quarter}`, year).add(row);
    const inPeriod =
      year === period.year &&
      (period.quarter === undefined ? forYear : forQuarter && quarter === period.quarter);
    if (inPeriod) accumulatorIn(districts, row.enterprise.districtCode, year).add(row);
  }
  const quarterly = finishAll(quarters, options, (k) => k);
  return {
    years: finishAll(years, options, String),
    quarters: new Map(
      [...quarterly].map(([k, indicators]) => [
        k,
        { year: indicators.year, quarter: Number(k.slice(5)), indicators },
      ]),
    ),
    districts: finishAll(districts, options, (k) => k),
  };
}
