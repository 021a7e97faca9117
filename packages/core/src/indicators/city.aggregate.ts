import { CityAccumulator } from './city.accumulator.ts';
import { finishCityIndicators } from './city-indicators.finish.ts';
import type { AggregateOptions, CityIndicators, IndicatorRow } from './indicator.types.ts';

/**
 * The city's outcome indicators for one year: one pass over the rows, O(1) amortised work per row.
 * Rows must not overlap in time for one enterprise (one report per period, as the API guarantees).
 */
export function aggregateCity(
  rows: Iterable<IndicatorRow>,
  year: number,
  options: AggregateOptions = {},
): CityIndicators {
  const acc = new CityAccumulator(year);
  const district = options.districtCode;
  for (const row of rows) {
    if (row.year !== year) continue;
    if (district !== undefined && row.enterprise.districtCode !== district) continue;
    acc.add(row);
  }
  return finishCityIndicators(acc, options);
}

/** As aggregateCity, for every year present, in one pass; the map is ordered by year. */
export function aggregateCityByYear(
  rows: Iterable<IndicatorRow>,
  options: AggregateOptions = {},
): Map<number, CityIndicators> {
  const byYear = new Map<number, CityAccumulator>();
  const district = options.districtCode;
  for (const row of rows) {
    if (district !== undefined && row.enterprise.districtCode !== district) continue;
    let acc = byYear.get(row.year);
    if (acc === undefined) {
      acc = new CityAccumulator(row.year);
      byYear.set(row.year, acc);
    }
    acc.add(row);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return new Map(
    years.map((year) => [year, finishCityIndicators(byYear.get(year) as CityAccumulator, options)]),
  );
}
