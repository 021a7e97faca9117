import { DEFAULT_FACTOR_LIBRARY } from '../factors/factor-library.data.ts';
import type { FilingInput } from '../filing/filing.schema.ts';
import { calculateFiling } from './period.calc.ts';
import type { PeriodResult } from './period-result.types.ts';

/** The input of spec/calculation.md without its factorOverrides (the spec's figures ignore them). */
export function specExampleInput(): FilingInput {
  return {
    period: { start: '2022-01-01', end: '2022-12-31' },
    gridRegion: 'central',
    revenue: [
      { category: 'ITO-01', amountCny: 8000000, clientCountry: 'JP' },
      { category: 'OTHER', amountCny: 500000, clientCountry: 'CN' },
    ],
    employees: { average: 120, collegeEducated: 100, newHires: 30, newGraduateHires: 25 },
    costs: {
      rentCny: 600000,
      utilitiesCny: 150000,
      otherIntermediateCny: 250000,
      depreciationCny: 300000,
      labourCny: 5000000,
    },
    taxes: {
      productionTaxesCny: 80000,
      subsidiesCny: 20000,
      vatCny: 300000,
      corporateIncomeTaxCny: 150000,
      individualIncomeTaxWithheldCny: 200000,
    },
    energy: { electricityKwh: 400000, greenElectricityKwh: 100000, naturalGasM3: 0, dieselLitres: 0 },
    hardware: [{ kind: 'laptop', count: 120, embodiedKgCo2e: 300, lifetimeYears: 4 }],
    cloud: [
      {
        vcpuHours: 50000,
        avgCpuUtilization: 0.5,
        minWattsPerVcpu: 0.74,
        maxWattsPerVcpu: 3.5,
        pue: 1.135,
        replicationFactor: 1,
        gridKgCo2PerKwh: 0.5366,
      },
    ],
    benchmark: { manufacturingKgCo2ePer10kCnyValueAdded: 1500 },
    sci: { functionalUnit: 'person-month', quantity: 1440 },
  };
}

/** A small valid filing to vary in tests. */
export function minimalInput(): FilingInput {
  return {
    period: { start: '2022-01-01', end: '2022-12-31' },
    revenue: [{ category: 'ITO-01', amountCny: 1000, clientCountry: 'JP' }],
    employees: { average: 10, collegeEducated: 8 },
    costs: { rentCny: 100, utilitiesCny: 50, otherIntermediateCny: 50, depreciationCny: 100, labourCny: 500 },
  };
}

/** Calculates with the shipped library; a test input that does not validate is a broken test. */
export function calc(input: FilingInput): PeriodResult {
  const r = calculateFiling(input, DEFAULT_FACTOR_LIBRARY);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** The minimal filing with the given energy block (and any other overrides). */
export const withEnergy = (energy: FilingInput['energy'], extra: Partial<FilingInput> = {}): FilingInput => ({
  ...minimalInput(),
  energy,
  ...extra,
});
