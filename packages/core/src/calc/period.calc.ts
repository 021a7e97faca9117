import type { FactorLibrary } from '../factors/factor.types.ts';
import type { Filing } from '../filing/filing.schema.ts';
import { filingSchema } from '../filing/filing.schema.ts';
import type { Validated } from '../filing/validation.ts';
import { validate } from '../filing/validation.ts';
import { calculateEmissions, calculateEnergy } from './carbon.calc.ts';
import { periodYear, resolveFactors, usedFactors } from './factor-resolution.ts';
import { screenTase2017 } from './incentives.calc.ts';
import { calculateBenchmark, calculateIntensities, calculateSci } from './intensity.calc.ts';
import type { FactorUsed, PeriodResult } from './period-result.types.ts';
import { periodDays } from './scope3.calc.ts';
import { calculateStructure } from './structure.calc.ts';
import { calculateFiscal, calculateValueAdded } from './value-added.calc.ts';

/** Version of the calculation rules; stored beside every result so a figure can be reproduced. */
export const CALCULATION_VERSION = '2026.1';

/**
 * The calculation of spec/calculation.md for one validated period filing: pure and deterministic
 * (no clock, no I/O); the factor library is an argument.
 */
export function calculatePeriod(filing: Filing, library: FactorLibrary): PeriodResult {
  const days = periodDays(filing.period.start, filing.period.end);
  const factors = resolveFactors(filing, library);
  const carbon = calculateEmissions(filing, factors, days * 24);
  const energy = calculateEnergy(filing, factors);
  const valueAdded = calculateValueAdded(filing);
  const structure = calculateStructure(filing);
  const result: PeriodResult = {
    calculationVersion: CALCULATION_VERSION,
    period: { start: filing.period.start, end: filing.period.end, days, year: periodYear(filing) },
    gridRegion: filing.gridRegion,
    factorYear: factors.factorYear,
    factorFallback: factors.factorFallback,
    emissions: carbon.result,
    energy,
    valueAdded: valueAdded.result,
    structure: structure.result,
    fiscal: calculateFiscal(filing),
    intensities: calculateIntensities(filing, carbon.result, energy, valueAdded.valueAddedCny),
    incentives: {
      tase2017: screenTase2017(
        filing,
        structure.serviceOutsourcingCny,
        structure.offshoreCny,
        valueAdded.grossOutputCny,
      ),
    },
    factors: [...usedFactors(factors), ...cloudLineFactors(filing)],
  };
  if (filing.benchmark) {
    result.benchmark = calculateBenchmark(filing.benchmark, carbon.result, valueAdded.valueAddedCny);
  }
  if (filing.sci) result.sci = calculateSci(filing.sci, carbon.sciKgCo2e);
  return result;
}

/** Validates raw input with the filing schema, then calculates: the path of the CLI and the API. */
export function calculateFiling(input: unknown, library: FactorLibrary): Validated<PeriodResult> {
  const validated = validate(filingSchema, input);
  if (!validated.ok) return validated;
  return { ok: true, value: calculatePeriod(validated.value, library) };
}

/** Cloud lines that carry their own grid factor are listed as factors too, for the audit trail. */
function cloudLineFactors(filing: Filing): FactorUsed[] {
  const used: FactorUsed[] = [];
  filing.cloud.forEach((usage, index) => {
    if (usage.gridKgCo2PerKwh === undefined) return;
    used.push({
      id: `filing:cloud.${index}.gridKgCo2PerKwh`,
      value: usage.gridKgCo2PerKwh,
      unit: 'kgCO2/kWh',
      source: `cloud.${index}.gridKgCo2PerKwh in the filing`,
      kind: 'grid-location',
      year: null,
      fallback: false,
    });
  });
  return used;
}
