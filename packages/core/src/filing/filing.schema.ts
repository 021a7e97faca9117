import { z } from 'zod';
import { isCountryCode } from '../catalogue/countries.ts';
import { GRID_REGIONS } from '../catalogue/other-codes.ts';
import { SERVICE_CODE_KEYS } from '../catalogue/service-codes.ts';

/** The period filing of spec/calculation.md: the body of a report and the input of `greenshore calc`. */

// z.number() already refuses NaN and ±Infinity in zod 4; amounts must also be >= 0.
const amount = z.number().min(0, 'must be zero or more');
const count = z.number().int('must be a whole number').min(0, 'must be zero or more');
const positive = z.number().gt(0, 'must be greater than zero');
const isoDate = z.iso.date();

const revenueLine = z.strictObject({
  category: z.enum(SERVICE_CODE_KEYS, { error: 'unknown service category' }),
  amountCny: amount,
  clientCountry: z.string().refine(isCountryCode, 'unknown country (ISO 3166-1 alpha-2 expected)'),
});

const hardwareItem = z.strictObject({
  kind: z.string().min(1).max(60),
  count,
  embodiedKgCo2e: amount,
  lifetimeYears: positive,
});

const cloudUsage = z.strictObject({
  vcpuHours: amount,
  avgCpuUtilization: z.number().min(0).max(1),
  minWattsPerVcpu: amount,
  maxWattsPerVcpu: amount,
  pue: z.number().min(1, 'a PUE is at least 1'),
  replicationFactor: z.number().min(1).default(1),
  gridKgCo2PerKwh: amount.optional(),
});

export const filingSchema = z
  .strictObject({
    period: z.strictObject({ start: isoDate, end: isoDate }),
    gridRegion: z.enum(GRID_REGIONS, { error: 'unknown grid region' }).default('national'),
    revenue: z.array(revenueLine).min(1, 'at least one revenue line'),
    employees: z.strictObject({
      average: amount,
      collegeEducated: amount,
      newHires: amount.default(0),
      newGraduateHires: amount.default(0),
    }),
    costs: z.strictObject({
      rentCny: amount,
      utilitiesCny: amount,
      otherIntermediateCny: amount,
      depreciationCny: amount,
      labourCny: amount,
    }),
    taxes: z
      .strictObject({
        productionTaxesCny: amount.default(0),
        subsidiesCny: amount.default(0),
        vatCny: amount.default(0),
        corporateIncomeTaxCny: amount.default(0),
        individualIncomeTaxWithheldCny: amount.default(0),
      })
      .default({
        productionTaxesCny: 0,
        subsidiesCny: 0,
        vatCny: 0,
        corporateIncomeTaxCny: 0,
        individualIncomeTaxWithheldCny: 0,
      }),
    energy: z
      .strictObject({
        electricityKwh: amount.default(0),
        greenElectricityKwh: amount.default(0),
        naturalGasM3: amount.default(0),
        dieselLitres: amount.default(0),
      })
      .default({ electricityKwh: 0, greenElectricityKwh: 0, naturalGasM3: 0, dieselLitres: 0 }),
    hardware: z.array(hardwareItem).default([]),
    cloud: z.array(cloudUsage).default([]),
    factorOverrides: z
      .strictObject({ gridKgCo2PerKwh: amount.optional(), residualGridKgCo2PerKwh: amount.optional() })
      .optional(),
    benchmark: z.strictObject({ manufacturingKgCo2ePer10kCnyValueAdded: amount }).optional(),
    sci: z.strictObject({ functionalUnit: z.string().min(1).max(60), quantity: positive }).optional(),
  })
  // `when` runs the cross-field rules even when another field failed, so the user sees every
  // problem at once; each rule compares only fields that are themselves well formed.
  .superRefine(
    (f, ctx) => {
      const { period, employees, energy } = f as Partial<typeof f>;
      if (isIsoDate(period?.start) && isIsoDate(period?.end) && period.end < period.start) {
        ctx.addIssue({ code: 'custom', path: ['period', 'end'], message: 'end is before start' });
      }
      const college = employees?.collegeEducated;
      const average = employees?.average;
      if (isNumber(college) && isNumber(average) && college > average) {
        ctx.addIssue({
          code: 'custom',
          path: ['employees', 'collegeEducated'],
          message: 'college-educated employees exceed the average headcount',
        });
      }
      const green = energy?.greenElectricityKwh ?? 0;
      const total = energy?.electricityKwh ?? 0;
      if (isNumber(green) && isNumber(total) && green > total) {
        ctx.addIssue({
          code: 'custom',
          path: ['energy', 'greenElectricityKwh'],
          message: 'green electricity exceeds total electricity',
        });
      }
    },
    { when: () => true },
  );

function isIsoDate(v: unknown): v is string {
  return isoDate.safeParse(v).success;
}

function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** A filing as the user writes it (defaults not yet applied). */
export type FilingInput = z.input<typeof filingSchema>;
/** A validated filing with every default applied. */
export type Filing = z.output<typeof filingSchema>;
