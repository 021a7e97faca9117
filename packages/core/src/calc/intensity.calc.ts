import type { Filing } from '../filing/filing.schema.ts';
import type {
  EmissionsResult,
  EnergyResult,
  IntensitiesResult,
  PeriodResult,
} from './period-result.types.ts';
import type { Dec } from './rounding.ts';
import { dec, ratioOrNull, roundOrNull, roundTo } from './rounding.ts';

const TEN_THOUSAND_CNY = 10_000; // 万元: the unit of Chinese intensity statistics
const KWH_PER_GWH = 1_000_000;

/**
 * Intensities, from the figures as shown (rounded), location-based: kgCO2e and tce (calorific, the
 * GB/T 2589 basis for 万元增加值综合能耗) per 10k CNY of value added; kWh and value added per average
 * employee; jobs per GWh = average employees ÷ (kWh ÷ 10⁶). A zero denominator gives null.
 */
export function calculateIntensities(
  filing: Filing,
  emissions: EmissionsResult,
  energy: EnergyResult,
  valueAddedCny: Dec,
): IntensitiesResult {
  const valueAdded10k = valueAddedCny.div(TEN_THOUSAND_CNY);
  const employees = dec(filing.employees.average);
  const kwh = dec(energy.electricityKwh);
  return {
    kgCo2ePer10kCnyValueAdded: roundOrNull(
      ratioOrNull(dec(emissions.totalLocationKgCo2e), valueAdded10k),
      'ratio',
    ),
    tcePer10kCnyValueAdded: roundOrNull(ratioOrNull(dec(energy.tceCalorific), valueAdded10k), 'ratio'),
    kwhPerEmployee: roundOrNull(ratioOrNull(kwh, employees), 'ratio'),
    valueAddedPerEmployeeCny: roundOrNull(ratioOrNull(valueAddedCny, employees), 'cny'),
    jobsPerGwh: roundOrNull(ratioOrNull(employees, kwh.div(KWH_PER_GWH)), 'ratio'),
  };
}

/**
 * Avoided emissions against the city's manufacturing benchmark: VA ÷ 10⁴ × (benchmark − own intensity),
 * computed as VA ÷ 10⁴ × benchmark − own location total (the same quantity, without rounding the
 * intensity first). May be negative; null when value added is 0 (own intensity undefined).
 */
export function calculateBenchmark(
  benchmark: NonNullable<Filing['benchmark']>,
  emissions: EmissionsResult,
  valueAddedCny: Dec,
): NonNullable<PeriodResult['benchmark']> {
  const kgPer10k = benchmark.manufacturingKgCo2ePer10kCnyValueAdded;
  const avoided = valueAddedCny.isZero()
    ? null
    : valueAddedCny.div(TEN_THOUSAND_CNY).mul(kgPer10k).minus(emissions.totalLocationKgCo2e);
  return {
    avoidedKgCo2e: roundOrNull(avoided, 'quantity'),
    manufacturingKgCo2ePer10kCnyValueAdded: kgPer10k,
  };
}

/**
 * Software Carbon Intensity (ISO/IEC 21031:2024): SCI = (E × I + M) ÷ R, here (Scope 2 location +
 * cloud + hardware embodied) ÷ functional units. Location-based only: certificates never lower an SCI.
 */
export function calculateSci(
  sci: NonNullable<Filing['sci']>,
  sciKgCo2e: Dec,
): NonNullable<PeriodResult['sci']> {
  return {
    kgCo2ePerUnit: roundTo(sciKgCo2e.div(sci.quantity), 'quantity'),
    functionalUnit: sci.functionalUnit,
    quantity: sci.quantity,
  };
}
