import { type Dec, dec } from '../calc/rounding.ts';

/** One approved report of the enterprise that counts for the year (the most definitive period type). */
export interface YearReport {
  /** Months the period covers: 12, 3 or 1. */
  months: number;
  averageEmployees: number;
  serviceOutsourcingRevenueCny: number;
  totalLocationKgCo2e: number;
  totalMarketKgCo2e: number;
  sci?: { kgCo2ePerUnit: number; functionalUnit: string; quantity: number } | undefined;
}

/** The enterprise's year as the allocation needs it, exact (Decimals, nothing rounded). */
export interface EnterpriseYearBasis {
  monthsCovered: Dec;
  /** Month-weighted mean of the periods' average employees. */
  averageEmployees: Dec;
  serviceRevenueCny: Dec;
  locationKgCo2e: Dec;
  marketKgCo2e: Dec;
  /** Σ SCI emissions ÷ Σ quantity over the reports that filed one unit; null when none filed. */
  sci: { kgCo2ePerUnit: Dec; functionalUnit: string } | null;
}

/** Sums a year's reports; SCI only when every report that filed one used the same functional unit. */
export function enterpriseYearBasisOf(reports: readonly YearReport[]): EnterpriseYearBasis {
  let months = dec(0);
  let employeeMonths = dec(0);
  let revenue = dec(0);
  let location = dec(0);
  let market = dec(0);
  for (const r of reports) {
    months = months.plus(r.months);
    employeeMonths = employeeMonths.plus(dec(r.averageEmployees).mul(r.months));
    revenue = revenue.plus(r.serviceOutsourcingRevenueCny);
    location = location.plus(r.totalLocationKgCo2e);
    market = market.plus(r.totalMarketKgCo2e);
  }
  return {
    monthsCovered: months,
    averageEmployees: months.isZero() ? dec(0) : employeeMonths.div(months),
    serviceRevenueCny: revenue,
    locationKgCo2e: location,
    marketKgCo2e: market,
    sci: sciOf(reports),
  };
}

function sciOf(reports: readonly YearReport[]): EnterpriseYearBasis['sci'] {
  const filed = reports.flatMap((r) => (r.sci ? [r.sci] : []));
  const unit = filed[0]?.functionalUnit;
  if (unit === undefined || filed.some((s) => s.functionalUnit !== unit)) return null;
  let kg = dec(0);
  let quantity = dec(0);
  for (const s of filed) {
    kg = kg.plus(dec(s.kgCo2ePerUnit).mul(s.quantity));
    quantity = quantity.plus(s.quantity);
  }
  return quantity.isZero() ? null : { kgCo2ePerUnit: kg.div(quantity), functionalUnit: unit };
}
