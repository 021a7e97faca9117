import { calculatePeriod } from '../calc/period.calc.ts';
import type { OwnershipKind } from '../catalogue/other-codes.ts';
import { DEFAULT_FACTOR_LIBRARY } from '../factors/factor-library.data.ts';
import type { FilingInput } from '../filing/filing.schema.ts';
import { filingSchema } from '../filing/filing.schema.ts';
import type { IndicatorRow } from './indicator.types.ts';

export interface RowSpec {
  id: string;
  ownership?: OwnershipKind;
  district?: string;
  fdiFen?: number | null;
  period: [string, string];
  revenue: FilingInput['revenue'];
  employees: { average: number; collegeEducated: number; newGraduateHires?: number };
  electricityKwh?: number;
  taxesCny?: number;
}

/** A row built through the real calculation, so the aggregation reads genuine results. */
export function indicatorRow(spec: RowSpec): IndicatorRow {
  const filing = filingSchema.parse({
    period: { start: spec.period[0], end: spec.period[1] },
    revenue: spec.revenue,
    employees: spec.employees,
    costs: { rentCny: 100, utilitiesCny: 0, otherIntermediateCny: 0, depreciationCny: 0, labourCny: 0 },
    taxes: { vatCny: spec.taxesCny ?? 0 },
    energy: { electricityKwh: spec.electricityKwh ?? 0 },
  });
  return {
    filing,
    result: calculatePeriod(filing, DEFAULT_FACTOR_LIBRARY),
    enterprise: {
      id: spec.id,
      districtCode: spec.district ?? '360102',
      parkId: null,
      ownership: spec.ownership ?? 'private',
      mainFocusArea: 'software-development',
      fdiFen: spec.fdiFen ?? null,
    },
    year: Number(spec.period[1].slice(0, 4)),
  };
}
