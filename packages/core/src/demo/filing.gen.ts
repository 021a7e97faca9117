import type { FilingInput } from '../filing/filing.schema.ts';
import type { DemoReport } from './demo-city.types.ts';
import { compound, WAGE_GROWTH_PER_YEAR } from './enterprise-profile.ts';
import { toFenPrecision } from './money.ts';
import type { Rng } from './prng.ts';
import type { ReportDraft } from './report-draft.ts';
import { deriveTaxes } from './taxes.gen.ts';

/** Nanchang's summers are hot: air-conditioning makes Q3 the peak, spring the trough (sums to 4). */
const ELECTRICITY_SEASON = [1.0, 0.85, 1.25, 0.9] as const;
/** Jiangxi single-part commercial tariff (1–10 kV), CNY per kWh, order of magnitude. */
const TARIFF_CNY_PER_KWH = 0.72;
/** Water and the landlord's shared services on top of electricity. */
const OTHER_UTILITIES_SHARE = 0.08;
/** A laptop every 3–4 years plus servers, network and furniture: ~CNY 5,200 per employee-year. */
const DEPRECIATION_CNY_PER_EMPLOYEE_YEAR = 5_200;

function energyOf(rng: Rng, draft: ReportDraft): { electricityKwh: number; greenElectricityKwh: number } {
  const { profile, quarter, headcount } = draft;
  const season = ELECTRICITY_SEASON[quarter.quarter - 1] ?? 1;
  const electricityKwh = Math.round(
    ((headcount * profile.electricityKwhPerEmployeeYear) / 4) * season * rng.range(0.95, 1.05),
  );
  // Green certificates (1 GEC = 1,000 kWh) were bought from 2023, once China's GEC market opened up.
  const buysGreen = quarter.year >= 2023 && profile.greenElectricityShare > 0;
  const greenElectricityKwh = buysGreen
    ? Math.floor((electricityKwh * profile.greenElectricityShare) / 1000) * 1000
    : 0;
  return { electricityKwh, greenElectricityKwh };
}

function costsOf(rng: Rng, draft: ReportDraft, electricityKwh: number, revenueCny: number) {
  const { profile, quarter, headcount } = draft;
  const priceLevel = compound(WAGE_GROWTH_PER_YEAR, quarter.year - 2022);
  const wagesCny = ((headcount * profile.wageCnyPerYear) / 4) * priceLevel;
  // Office rents in Nanchang rose far slower than wages: ~2% a year.
  const rentCny =
    headcount * profile.m2PerEmployee * profile.rentCnyPerM2Month * 3 * compound(0.02, quarter.year - 2022);
  return {
    wagesCny,
    costs: {
      rentCny: toFenPrecision(rentCny),
      utilitiesCny: toFenPrecision(electricityKwh * TARIFF_CNY_PER_KWH * (1 + OTHER_UTILITIES_SHARE)),
      otherIntermediateCny: toFenPrecision(revenueCny * profile.otherIntermediateShare * rng.range(0.9, 1.1)),
      depreciationCny: toFenPrecision(
        ((headcount * DEPRECIATION_CNY_PER_EMPLOYEE_YEAR) / 4) * rng.range(0.9, 1.1),
      ),
      labourCny: toFenPrecision(wagesCny * (1 + profile.socialInsuranceRate)),
    },
  };
}

/** Owned IT equipment for the embodied-emissions estimate: laptops and servers, counted as a stock. */
function hardwareOf(draft: ReportDraft): FilingInput['hardware'] {
  if (!draft.profile.filesHardware || draft.quarter.year < 2023) return [];
  return [
    { kind: 'laptop', count: draft.headcount, embodiedKgCo2e: 300, lifetimeYears: 4 },
    { kind: 'server', count: Math.ceil(draft.headcount / 25), embodiedKgCo2e: 1_300, lifetimeYears: 5 },
  ];
}

/** Makes the filing carry the slip its return reason describes. */
function applyAnomaly(filing: FilingInput, draft: ReportDraft): FilingInput {
  const { energy, costs, employees } = filing;
  switch (draft.anomaly) {
    case 'electricity-in-mwh':
      return {
        ...filing,
        energy: {
          electricityKwh: (energy?.electricityKwh ?? 0) / 1000,
          greenElectricityKwh: (energy?.greenElectricityKwh ?? 0) / 1000,
        },
      };
    case 'one-month-labour':
      return { ...filing, costs: { ...costs, labourCny: toFenPrecision(costs.labourCny / 3) } };
    case 'annual-rent':
      return { ...filing, costs: { ...costs, rentCny: toFenPrecision(costs.rentCny * 4) } };
    case 'college-equals-headcount':
      return { ...filing, employees: { ...employees, collegeEducated: employees.average } };
    default:
      return filing;
  }
}

export function buildFiling(rng: Rng, draft: ReportDraft): FilingInput {
  const revenueCny = draft.lines.reduce((sum, line) => sum + line.amountCny, 0);
  const energy = energyOf(rng, draft);
  const { wagesCny, costs } = costsOf(rng, draft, energy.electricityKwh, revenueCny);
  const collegeEducated = Math.min(draft.headcount, Math.round(draft.headcount * draft.profile.collegeShare));
  const filing: FilingInput = {
    period: { start: draft.quarter.start, end: draft.quarter.end },
    gridRegion: 'central',
    revenue: draft.lines.map((line) => ({ ...line })),
    employees: {
      average: draft.headcount,
      collegeEducated,
      newHires: draft.newHires,
      newGraduateHires: draft.newGraduateHires,
    },
    costs,
    taxes: deriveTaxes(draft, costs, wagesCny),
    energy,
    hardware: hardwareOf(draft),
  };
  return applyAnomaly(filing, draft);
}

export function buildReport(rng: Rng, draft: ReportDraft): DemoReport {
  return {
    enterpriseKey: draft.profile.enterprise.key,
    periodType: 'quarterly',
    filing: buildFiling(rng, draft),
    status: draft.status,
    returnReason: draft.returnReason,
    explanation: draft.explanation,
  };
}
