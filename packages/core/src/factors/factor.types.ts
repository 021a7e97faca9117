import type { GridRegion } from '../catalogue/other-codes.ts';

/** Every kind of factor the calculation reads from the library. */
export const FACTOR_KINDS = [
  'grid-location',
  'grid-residual',
  'tce-equivalent',
  'tce-calorific',
  'fuel-natural-gas',
  'fuel-diesel',
] as const;
export type FactorKind = (typeof FACTOR_KINDS)[number];

/**
 * Kinds whose value is published for a given year. A period whose year is missing uses another
 * year and is flagged; the other kinds are standard constants that do not change by year.
 */
export const YEAR_SPECIFIC_FACTOR_KINDS: readonly FactorKind[] = [
  'grid-location',
  'grid-residual',
  'tce-equivalent',
];

/** One emission or conversion factor, as data shipped in the repository. */
export interface FactorEntry {
  /** Stable identifier, e.g. `cn-grid-central-2022`; quoted in every result that used it. */
  readonly id: string;
  readonly kind: FactorKind;
  /** A grid region of spec/catalogue.md, or 'national'. */
  readonly region: GridRegion;
  /** The year the value describes (for constants: the year of the standard that fixes it). */
  readonly year: number;
  /** A decimal string, never a float, so the value is exactly what the source prints. */
  readonly value: string;
  readonly unit: string;
  readonly source: string;
  /** ISO date the source was published. */
  readonly publishedOn: string;
}

/** The versioned factor library: core functions take it as an argument, never from a global. */
export type FactorLibrary = readonly FactorEntry[];
