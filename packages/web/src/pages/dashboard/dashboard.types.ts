/** The answer of GET /api/v1/dashboard (server: dashboard.schemas.ts), as the page reads it. */
export type IndicatorValues = Record<string, number | null>;

export interface BreakdownEntry {
  amountCny: number;
  share: number | null;
}

export interface CityFigures {
  year: number;
  rowCount: number;
  enterpriseCount: number;
  values: IndicatorValues;
  breakdowns: Record<string, Record<string, BreakdownEntry>>;
}

export interface KpiTile {
  key: string;
  unit: string;
  labelZh: string;
  labelEn: string;
  current: number | null;
  previous: number | null;
  change: number | null;
  changeRate: number | null;
}

export interface SeriesPoint {
  label: string;
  year: number;
  quarter: number | null;
  enterpriseCount: number;
  values: IndicatorValues;
}

interface Named {
  nameZh: string;
  nameEn: string;
}

export interface DashboardFilters {
  district: string | null;
  park: number | null;
  ownership: string | null;
  class: string | null;
}

export interface DashboardPayload {
  period: { year: number; quarter: number | null; previousYear: number };
  filters: DashboardFilters;
  options: {
    years: number[];
    districts: (Named & { code: string })[];
    parks: (Named & { id: number; districtCode: string })[];
    ownerships: string[];
    classes: string[];
  };
  benchmark: { kgCo2ePer10kCnyValueAdded: number; year: number; source: string };
  publishedSoftwareShare: number;
  tiles: { outcome: string; items: KpiTile[] }[];
  current: CityFigures;
  previous: CityFigures;
  series: { years: SeriesPoint[]; quarters: SeriesPoint[] };
  districts: (Named & { code: string; enterpriseCount: number; values: IndicatorValues })[];
}
