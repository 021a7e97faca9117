import { aggregateCity, type CityIndicators, OWNERSHIP_KINDS, SERVICE_CLASSES } from '@greenshore/core';
import type { AppContext } from '../http/app-context.ts';
import { readManufacturingBenchmark } from '../settings/indicator-settings.ts';
import { aggregateDashboard, type DashboardAggregates } from './dashboard.aggregate.ts';
import { findApprovedYearRange, listDashboardRows, listFilterPlaces } from './dashboard.repository.ts';
import type { DashboardAnswer, DashboardQuery } from './dashboard.schemas.ts';
import { buildTiles } from './dashboard-tiles.ts';

/** The share of software in the city's published service-outsourcing revenue (seed text: 87.3%). */
export const PUBLISHED_SOFTWARE_SHARE = 0.873;

/** How many years the time series reach back before the selected one (2024 → 2022–2024). */
const SERIES_YEARS_BACK = 2;

const point = (label: string, year: number, quarter: number | null, c: CityIndicators) => ({
  label,
  year,
  quarter,
  enterpriseCount: c.enterpriseCount,
  values: c.values,
});

/** The selected period and the same period a year before. */
function periodPair(agg: DashboardAggregates, year: number, quarter: number | undefined) {
  const empty = (y: number) => aggregateCity([], y);
  if (quarter === undefined) {
    return {
      current: agg.years.get(year) ?? empty(year),
      previous: agg.years.get(year - 1) ?? empty(year - 1),
    };
  }
  const of = (y: number) => agg.quarters.get(`${y}Q${quarter}`)?.indicators ?? empty(y);
  return { current: of(year), previous: of(year - 1) };
}

/** Everything the city dashboard shows, from approved reports' current versions, in one answer. */
export class DashboardService {
  constructor(private readonly ctx: AppContext) {}

  async read(query: DashboardQuery): Promise<DashboardAnswer> {
    const db = this.ctx.database.db;
    const range = await findApprovedYearRange(db);
    const year = query.year ?? range?.last ?? this.ctx.clock().getUTCFullYear();
    const benchmark = await readManufacturingBenchmark(db);
    const rows = await listDashboardRows(db, {
      ...query,
      endFrom: `${year - SERIES_YEARS_BACK}-01-01`,
      endTo: `${year}-12-31`,
    });
    const agg = aggregateDashboard(
      rows,
      { year, quarter: query.quarter },
      {
        benchmarkKgCo2ePer10kCnyValueAdded: benchmark.kgCo2ePer10kCnyValueAdded,
      },
    );
    const { current, previous } = periodPair(agg, year, query.quarter);
    const places = await listFilterPlaces(db);
    return {
      period: { year, quarter: query.quarter ?? null, previousYear: year - 1 },
      filters: {
        district: query.district ?? null,
        park: query.park ?? null,
        ownership: query.ownership ?? null,
        class: query.class ?? null,
      },
      options: optionsOf(places, range ? yearsBetween(range.first, Math.max(range.last, year)) : [year]),
      benchmark,
      publishedSoftwareShare: PUBLISHED_SOFTWARE_SHARE,
      tiles: buildTiles(current, previous),
      current,
      previous,
      series: {
        years: [...agg.years].map(([y, c]) => point(String(y), y, null, c)),
        quarters: [...agg.quarters].map(([label, q]) => point(label, q.year, q.quarter, q.indicators)),
      },
      districts: districtsOf(agg, places),
    };
  }
}

type Places = Awaited<ReturnType<typeof listFilterPlaces>>;

function optionsOf(places: Places, years: number[]): DashboardAnswer['options'] {
  return {
    years,
    districts: places.districts.map((d) => ({ code: d.code, nameZh: d.name_zh, nameEn: d.name_en })),
    parks: places.parks.map((p) => ({
      id: p.id,
      districtCode: p.district_code,
      nameZh: p.name_zh,
      nameEn: p.name_en,
    })),
    ownerships: [...OWNERSHIP_KINDS],
    classes: [...SERVICE_CLASSES],
  };
}

function districtsOf(agg: DashboardAggregates, places: Places): DashboardAnswer['districts'] {
  const names = new Map(places.districts.map((d) => [d.code, d]));
  return [...agg.districts].map(([code, c]) => ({
    code,
    nameZh: names.get(code)?.name_zh ?? code,
    nameEn: names.get(code)?.name_en ?? code,
    enterpriseCount: c.enterpriseCount,
    values: c.values,
  }));
}

const yearsBetween = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => first + i);
