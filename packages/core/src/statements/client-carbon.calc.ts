import { type Dec, dec } from '../calc/rounding.ts';
import type { EnterpriseYearBasis } from './enterprise-year.calc.ts';

/** One execution of the contract in the year: its CNY amount (fen) and person-months when filed. */
export interface ContractExecution {
  amountFen: number;
  /** Decimal text, as stored; null when not filed. */
  personMonths: string | null;
}

export type AllocationMethod = 'person-months' | 'revenue';

export type ClientAllocation =
  | {
      method: AllocationMethod;
      /** The contract's share of the enterprise's year (0–1 when the data agree). */
      share: Dec;
      /** Numerator and denominator of the share, in their own unit (CNY or person-months). */
      basis: { contract: Dec; enterprise: Dec };
      executedCny: Dec;
      personMonths: Dec | null;
      locationKgCo2e: Dec;
      marketKgCo2e: Dec;
      sci: ClientSci;
    }
  | { method: 'none'; reason: 'no-executions' | 'no-revenue'; executedCny: Dec };

/** SCI of the contract: per person-month when filed, else the enterprise's own unit, else none. */
export type ClientSci =
  | { source: 'contract'; kgCo2ePerUnit: Dec; functionalUnit: 'person-month' }
  | { source: 'enterprise'; kgCo2ePerUnit: Dec; functionalUnit: string }
  | { source: 'not-filed' };

/**
 * Allocates an enterprise's year of emissions to one client contract: the supplier-specific figure
 * a client reports under the GHG Protocol Corporate Value Chain (Scope 3) Standard, category 1
 * (purchased goods and services), using a physical key where the data allow (GHG Protocol Scope 3
 * allocation guidance prefers physical over economic allocation).
 *
 * - person-months, when every execution in the year filed them: contract person-months ÷
 *   (average employees × months covered by the year's approved reports);
 * - else revenue: Σ executions' CNY in the year ÷ the enterprise's service-outsourcing revenue.
 *
 * SCI (Green Software Foundation, ISO/IEC 21031:2024) per functional unit: allocated location-based
 * kgCO2e ÷ person-months when filed, else the enterprise's filed SCI, else 'not-filed'.
 * Exact Decimals throughout; rounding is the display's business.
 */
export function allocateClientCarbon(
  executions: readonly ContractExecution[],
  year: EnterpriseYearBasis,
): ClientAllocation {
  const executedCny = executions.reduce((sum, e) => sum.plus(dec(e.amountFen).div(100)), dec(0));
  if (executions.length === 0) return { method: 'none', reason: 'no-executions', executedCny };
  const personMonths = personMonthsOf(executions);
  const staffMonths = year.averageEmployees.mul(year.monthsCovered);
  if (personMonths !== null && !staffMonths.isZero()) {
    return allocated('person-months', personMonths, staffMonths, executedCny, personMonths, year);
  }
  if (year.serviceRevenueCny.isZero()) return { method: 'none', reason: 'no-revenue', executedCny };
  return allocated('revenue', executedCny, year.serviceRevenueCny, executedCny, personMonths, year);
}

/** Σ person-months, or null unless every execution filed them. */
function personMonthsOf(executions: readonly ContractExecution[]): Dec | null {
  let sum = dec(0);
  for (const e of executions) {
    if (e.personMonths === null) return null;
    sum = sum.plus(dec(e.personMonths));
  }
  return sum;
}

function allocated(
  method: AllocationMethod,
  contract: Dec,
  enterprise: Dec,
  executedCny: Dec,
  personMonths: Dec | null,
  year: EnterpriseYearBasis,
): ClientAllocation {
  const share = contract.div(enterprise);
  const locationKgCo2e = year.locationKgCo2e.mul(share);
  return {
    method,
    share,
    basis: { contract, enterprise },
    executedCny,
    personMonths,
    locationKgCo2e,
    marketKgCo2e: year.marketKgCo2e.mul(share),
    sci: sciOf(locationKgCo2e, personMonths, year),
  };
}

function sciOf(locationKg: Dec, personMonths: Dec | null, year: EnterpriseYearBasis): ClientSci {
  if (personMonths !== null && !personMonths.isZero()) {
    return {
      source: 'contract',
      kgCo2ePerUnit: locationKg.div(personMonths),
      functionalUnit: 'person-month',
    };
  }
  if (year.sci) return { source: 'enterprise', ...year.sci };
  return { source: 'not-filed' };
}
