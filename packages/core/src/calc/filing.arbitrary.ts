import fc from 'fast-check';
import { GRID_REGIONS } from '../catalogue/other-codes.ts';
import { SERVICE_CODE_KEYS } from '../catalogue/service-codes.ts';
import type { Filing } from '../filing/filing.schema.ts';
import { filingSchema } from '../filing/filing.schema.ts';

const yuan = fc.integer({ min: 0, max: 1_000_000_000 });
export const qty = fc.double({ min: 0, max: 1e8, noNaN: true, noDefaultInfinity: true });
const small = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });

const revenueLine = fc.record({
  category: fc.constantFrom(...SERVICE_CODE_KEYS),
  amountCny: yuan,
  clientCountry: fc.constantFrom('CN', 'JP', 'US', 'HK', 'MO', 'TW', 'DE'),
});
const cloudLine = fc.record({
  vcpuHours: small(1e6),
  avgCpuUtilization: small(1),
  minWattsPerVcpu: small(5),
  maxWattsPerVcpu: small(10),
  pue: fc.double({ min: 1, max: 3, noNaN: true }),
  replicationFactor: fc.integer({ min: 1, max: 3 }),
  gridKgCo2PerKwh: fc.option(small(2), { nil: undefined }),
});

/** Arbitrary valid filings with integer-yuan money, so fen rounding is exact under scaling. */
export const filingArb = fc
  .record({
    startDay: fc.integer({ min: 0, max: 1800 }),
    lengthDays: fc.integer({ min: 0, max: 400 }),
    gridRegion: fc.constantFrom(...GRID_REGIONS),
    revenue: fc.array(revenueLine, { minLength: 1, maxLength: 5 }),
    employees: fc
      .integer({ min: 0, max: 5000 })
      .chain((average) =>
        fc.record({ average: fc.constant(average), collegeEducated: fc.integer({ min: 0, max: average }) }),
      ),
    costs: fc.record({
      rentCny: yuan,
      utilitiesCny: yuan,
      otherIntermediateCny: yuan,
      depreciationCny: yuan,
      labourCny: yuan,
    }),
    taxes: fc.record({
      productionTaxesCny: yuan,
      subsidiesCny: yuan,
      vatCny: yuan,
      corporateIncomeTaxCny: yuan,
      individualIncomeTaxWithheldCny: yuan,
    }),
    electricityKwh: qty,
    greenShare: small(1),
    naturalGasM3: qty,
    dieselLitres: qty,
    hardware: fc.array(
      fc.record({
        kind: fc.constant('laptop'),
        count: fc.integer({ min: 0, max: 1000 }),
        embodiedKgCo2e: small(5000),
        lifetimeYears: fc.double({ min: 0.5, max: 10, noNaN: true }),
      }),
      { maxLength: 3 },
    ),
    cloud: fc.array(cloudLine, { maxLength: 2 }),
    factorOverrides: fc.option(fc.record({ gridKgCo2PerKwh: small(2), residualGridKgCo2PerKwh: small(2) }), {
      nil: undefined,
    }),
    benchmark: fc.option(fc.record({ manufacturingKgCo2ePer10kCnyValueAdded: small(5000) }), {
      nil: undefined,
    }),
    sci: fc.option(
      fc.record({ functionalUnit: fc.constant('user'), quantity: fc.integer({ min: 1, max: 1e6 }) }),
      {
        nil: undefined,
      },
    ),
  })
  .map(
    ({ startDay, lengthDays, electricityKwh, greenShare, naturalGasM3, dieselLitres, ...rest }): Filing => {
      const start = new Date(Date.UTC(2021, 0, 1) + startDay * 86_400_000).toISOString().slice(0, 10);
      const end = new Date(Date.parse(start) + lengthDays * 86_400_000).toISOString().slice(0, 10);
      const energy = {
        electricityKwh,
        greenElectricityKwh: electricityKwh * greenShare,
        naturalGasM3,
        dieselLitres,
      };
      return filingSchema.parse({ ...rest, period: { start, end }, energy });
    },
  );
