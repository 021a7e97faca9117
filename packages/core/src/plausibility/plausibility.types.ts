import type { Filing } from '../filing/filing.schema.ts';

/** Stable codes: the web app, exports and reviewers key on them (never on the message text). */
export const PLAUSIBILITY_CODES = [
  'jump.revenue',
  'jump.electricity',
  'jump.employees',
  'jump.labour',
  'peer.electricityPerEmployee',
  'taxes.aboveRevenue',
  'labour.noEmployees',
] as const;
export type PlausibilityCode = (typeof PLAUSIBILITY_CODES)[number];

/** A figure a reviewer should question: the filer must explain it before it can be approved. */
export interface PlausibilityFlag {
  code: PlausibilityCode;
  message: string;
  /** Dotted path of the filing field at fault. */
  field: string;
}

/** The parts of a validated filing the checks read. */
export type PlausibilityFiling = Pick<Filing, 'revenue' | 'employees' | 'costs' | 'taxes' | 'energy'>;

export interface PlausibilityInput {
  filing: PlausibilityFiling;
  /** The enterprise's previous period of the same period type, when there is one. */
  previous?: PlausibilityFiling | null;
  /** kWh per employee of the focus-area peers in a comparable period (see peerRangeFlags). */
  peerKwhPerEmployee?: readonly number[];
}
