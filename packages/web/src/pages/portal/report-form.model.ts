import type { FilingInput } from '@greenshore/core';

/** Form state ↔ filing: the form keeps what the user typed (strings); the filing holds numbers. */

export const EMPLOYEE_FIELDS = ['average', 'collegeEducated', 'newHires', 'newGraduateHires'] as const;
export const COST_FIELDS = [
  'rentCny',
  'utilitiesCny',
  'otherIntermediateCny',
  'depreciationCny',
  'labourCny',
] as const;
export const TAX_FIELDS = [
  'productionTaxesCny',
  'subsidiesCny',
  'vatCny',
  'corporateIncomeTaxCny',
  'individualIncomeTaxWithheldCny',
] as const;
export const ENERGY_FIELDS = [
  'electricityKwh',
  'greenElectricityKwh',
  'naturalGasM3',
  'dieselLitres',
] as const;

export type NumberSection = 'employees' | 'costs' | 'taxes' | 'energy';
export const SECTION_FIELDS = {
  employees: EMPLOYEE_FIELDS,
  costs: COST_FIELDS,
  taxes: TAX_FIELDS,
  energy: ENERGY_FIELDS,
} as const;

export type Quarter = 1 | 2 | 3 | 4;

export interface RevenueLineForm {
  category: string;
  amountCny: string;
  clientCountry: string;
}

export interface ReportForm {
  year: string;
  quarter: Quarter;
  gridRegion: string;
  revenue: RevenueLineForm[];
  employees: Record<(typeof EMPLOYEE_FIELDS)[number], string>;
  costs: Record<(typeof COST_FIELDS)[number], string>;
  taxes: Record<(typeof TAX_FIELDS)[number], string>;
  energy: Record<(typeof ENERGY_FIELDS)[number], string>;
  /** Parts of a stored filing this form does not edit (hardware, cloud, overrides…), kept as they were. */
  rest: Record<string, unknown>;
}

const blank = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, ''])) as Record<K, string>;

export const emptyRevenueLine = (): RevenueLineForm => ({
  category: 'ITO-01',
  amountCny: '',
  clientCountry: 'CN',
});

export function emptyForm(year: number, quarter: Quarter): ReportForm {
  return {
    year: String(year),
    quarter,
    gridRegion: 'national',
    revenue: [emptyRevenueLine()],
    employees: blank(EMPLOYEE_FIELDS),
    costs: blank(COST_FIELDS),
    taxes: blank(TAX_FIELDS),
    energy: blank(ENERGY_FIELDS),
    rest: {},
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first and last day of a calendar quarter. */
export function quarterPeriod(year: number, quarter: Quarter): { start: string; end: string } {
  const first = (quarter - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(first + 2)}-${pad(lastDay)}` };
}

/** '' stays undefined, so a required field reports "missing" and an optional one takes its default. */
export function parseAmount(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

function numbers<K extends string>(values: Record<K, string>): Record<K, number | undefined> {
  const out = {} as Record<K, number | undefined>;
  for (const key of Object.keys(values) as K[]) {
    const n = parseAmount(values[key]);
    if (n !== undefined) out[key] = n;
  }
  return out;
}

/** The filing the form describes, as the user wrote it: validation decides whether it is acceptable. */
export function filingFromForm(form: ReportForm): FilingInput {
  return {
    ...form.rest,
    period: quarterPeriod(Number(form.year), form.quarter),
    gridRegion: form.gridRegion,
    revenue: form.revenue.map((l) => ({
      category: l.category,
      amountCny: parseAmount(l.amountCny),
      clientCountry: l.clientCountry.trim().toUpperCase(),
    })),
    employees: numbers(form.employees),
    costs: numbers(form.costs),
    taxes: numbers(form.taxes),
    energy: numbers(form.energy),
  } as FilingInput;
}

const texts = <K extends string>(keys: readonly K[], values: Partial<Record<K, number>> | undefined) =>
  Object.fromEntries(keys.map((k) => [k, values?.[k] === undefined ? '' : String(values[k])])) as Record<
    K,
    string
  >;

/** The form for a stored filing (edit of a draft or returned report). */
export function formFromFiling(filing: FilingInput): ReportForm {
  const { period, gridRegion, revenue, employees, costs, taxes, energy, ...rest } = filing;
  const month = Number(period.start.slice(5, 7));
  return {
    year: period.start.slice(0, 4),
    quarter: (Math.floor((month - 1) / 3) + 1) as Quarter,
    gridRegion: gridRegion ?? 'national',
    revenue: revenue.map((l) => ({
      category: l.category,
      amountCny: String(l.amountCny),
      clientCountry: l.clientCountry,
    })),
    employees: texts(EMPLOYEE_FIELDS, employees),
    costs: texts(COST_FIELDS, costs),
    taxes: texts(TAX_FIELDS, taxes),
    energy: texts(ENERGY_FIELDS, energy),
    rest,
  };
}
