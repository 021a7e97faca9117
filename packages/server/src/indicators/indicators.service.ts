import {
  aggregateCity,
  aggregateCityByYear,
  type CityIndicators,
  compareYears,
  findServiceCode,
  INDICATORS,
  type IndicatorRow,
  OWNERSHIP_KINDS,
  type OwnershipKind,
  type YearOnYear,
} from '@greenshore/core';
import type { AppContext } from '../http/app-context.ts';
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

// An enterprise may file several period types for one year; summing them would count the year twice.
// Per enterprise and year only one type counts: annual (the definitive figure), else quarterly, else monthly.
const TYPE_RANK: Record<string, number> = { annual: 0, quarterly: 1, monthly: 2 };

const yearOf = (row: IndicatorDbRow) => Number(row.period_end.slice(0, 4));

function ownershipOf(kind: string): OwnershipKind {
  if ((OWNERSHIP_KINDS as readonly string[]).includes(kind)) return kind as OwnershipKind;
  throw new Error(`enterprise ownership ${kind} is not in the catalogue`);
}

/**
 * A stored row as the core aggregation reads it. FDI: the profile holds one paid-in amount, utilised
 * when the enterprise was founded, so it counts in its founding year only (a flow, not a stock).
 */
function toIndicatorRow(row: IndicatorDbRow): IndicatorRow {
  const filing = JSON.parse(row.filing_json);
  const year = yearOf(row);
  // Older filings were stored as filed: hires were optional there (default 0).
  const employees = { newHires: 0, newGraduateHires: 0, ...filing.employees };
  return {
    result: JSON.parse(row.result_json),
    filing: { ...filing, employees },
    enterprise: {
      id: String(row.enterprise_id),
      districtCode: row.district_code,
      parkId: row.park_id === null ? null : String(row.park_id),
      ownership: ownershipOf(row.ownership),
      mainFocusArea: findServiceCode(row.main_service_code)?.focusArea ?? 'other',
      fdiFen: row.founded_on?.slice(0, 4) === String(year) ? row.fdi_amount_fen : null,
    },
    year,
  };
}

/** Keeps, per enterprise and year, only the rows of its preferred period type (see TYPE_RANK). */
function* preferredRows(rows: readonly IndicatorDbRow[]): Generator<IndicatorRow> {
  const best = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.enterprise_id}/${yearOf(row)}`;
    best.set(key, Math.min(best.get(key) ?? 9, TYPE_RANK[row.period_type] ?? 9));
  }
  for (const row of rows) {
    if (best.get(`${row.enterprise_id}/${yearOf(row)}`) === TYPE_RANK[row.period_type])
      yield toIndicatorRow(row);
  }
}

/** The city's outcome indicators for a year and the year before, from approved reports. */
export class IndicatorsService {
  constructor(private readonly ctx: AppContext) {}

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
    const byYear = aggregateCityByYear(preferredRows(rows));
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
