import { findServiceCode, type IndicatorRow, OWNERSHIP_KINDS, type OwnershipKind } from '@greenshore/core';
import { YEAR_PERIOD_RANK } from '../reports/report-period.ts';
import type { IndicatorDbRow } from './indicators.repository.ts';

export const yearOf = (row: IndicatorDbRow) => Number(row.period_end.slice(0, 4));

/** The quarter a monthly or quarterly row falls in; null for annual rows, which span all four. */
export function quarterOf(row: IndicatorDbRow): number | null {
  if (row.period_type === 'annual') return null;
  return Math.ceil(Number(row.period_end.slice(5, 7)) / 3);
}

function ownershipOf(kind: string): OwnershipKind {
  if ((OWNERSHIP_KINDS as readonly string[]).includes(kind)) return kind as OwnershipKind;
  throw new Error(`enterprise ownership ${kind} is not in the catalogue`);
}

/**
 * A stored row as the core aggregation reads it (GET /indicators and the dashboard read rows the same way). FDI: the profile
 * holds one paid-in amount, utilised when the enterprise was founded, so it counts in that year only.
 */
export function toIndicatorRow(row: IndicatorDbRow): IndicatorRow {
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

// Several period types may cover one span; summing them would count it twice. Per enterprise only the
// most definitive type counts: for a year annual, else quarterly, else monthly; for a quarter quarterly.
const QUARTER_RANK: Record<string, number> = { quarterly: 0, monthly: 1 };

const yearKey = (row: IndicatorDbRow) => `${row.enterprise_id}/${yearOf(row)}`;
const quarterKey = (row: IndicatorDbRow) => `${yearKey(row)}Q${quarterOf(row)}`;

/** Which rows count for their year and which for their quarter (see YEAR_PERIOD_RANK). */
export function preferredRows(rows: readonly IndicatorDbRow[]) {
  const bestYear = new Map<string, number>();
  const bestQuarter = new Map<string, number>();
  for (const row of rows) {
    const y = yearKey(row);
    bestYear.set(y, Math.min(bestYear.get(y) ?? 9, YEAR_PERIOD_RANK[row.period_type] ?? 9));
    if (quarterOf(row) === null) continue;
    const q = quarterKey(row);
    bestQuarter.set(q, Math.min(bestQuarter.get(q) ?? 9, QUARTER_RANK[row.period_type] ?? 9));
  }
  return {
    countsForYear: (row: IndicatorDbRow) => bestYear.get(yearKey(row)) === YEAR_PERIOD_RANK[row.period_type],
    countsForQuarter: (row: IndicatorDbRow) =>
      quarterOf(row) !== null && bestQuarter.get(quarterKey(row)) === QUARTER_RANK[row.period_type],
  };
}
