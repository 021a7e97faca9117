import type { PeriodResult } from '../calc/period-result.types.ts';
import type { OwnershipKind } from '../catalogue/other-codes.ts';
import type { FocusArea } from '../catalogue/service-codes.ts';
import type { Filing } from '../filing/filing.schema.ts';
import type { BreakdownIndicatorKey, ScalarIndicatorKey } from './indicator.registry.ts';

/** What the aggregation needs to know about the enterprise behind a period result. */
export interface IndicatorEnterprise {
  id: string;
  /** 6-digit administrative division code (GB/T 2260). */
  districtCode: string;
  parkId: string | null;
  ownership: OwnershipKind;
  mainFocusArea: FocusArea;
  /** FDI actually utilised in the row's year, integer fen; null for none. */
  fdiFen: number | null;
}

/** One approved period report: its filing, its result, its enterprise and its statistical year. */
export interface IndicatorRow {
  result: PeriodResult;
  filing: Filing;
  enterprise: IndicatorEnterprise;
  year: number;
}

export interface AggregateOptions {
  /** The city's manufacturing benchmark; without it `lowCarbon.avoidedKgCo2e` is null. */
  benchmarkKgCo2ePer10kCnyValueAdded?: number | null;
  /** Only rows of this district (GB/T 2260 code); all districts when absent. */
  districtCode?: string;
}

/** An amount and its share of the breakdown's total (null when the total is 0). */
export interface BreakdownEntry {
  amountCny: number;
  share: number | null;
}

/** The city's outcome indicators for one year, keyed by the registry's keys. */
export interface CityIndicators {
  year: number;
  rowCount: number;
  enterpriseCount: number;
  values: Record<ScalarIndicatorKey, number | null>;
  breakdowns: Record<BreakdownIndicatorKey, Record<string, BreakdownEntry>>;
}

/** Change of one scalar indicator between two years. */
export interface IndicatorChange {
  current: number | null;
  previous: number | null;
  /** current − previous (for ratios: in ratio units, ×100 for percentage points). */
  change: number | null;
  /** change ÷ |previous|; null when previous is 0 or null. */
  changeRate: number | null;
}

export interface YearOnYear {
  year: number;
  previousYear: number;
  changes: Record<ScalarIndicatorKey, IndicatorChange>;
}
