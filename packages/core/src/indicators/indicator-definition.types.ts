/** The six outcomes the city's policy names (seed text): each indicator belongs to one. */
export const OUTCOMES = [
  'fiscal',
  'foreignCapital',
  'structure',
  'employment',
  'environment',
  'lowCarbon',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** scalar: one number (or null); breakdown: an amount and a share per category. */
export type IndicatorShape = 'scalar' | 'breakdown';

/** One indicator, defined once: dashboards, exports and docs read this same definition. */
export interface IndicatorDefinition {
  /** Stable dotted key, e.g. `structure.softwareShare`; also the i18n key suffix. */
  readonly key: string;
  readonly outcome: Outcome;
  readonly shape: IndicatorShape;
  readonly labelZh: string;
  readonly labelEn: string;
  /** Unit as printed: 'CNY', 'kgCO2e', 'ratio' (0–1), 'persons', … */
  readonly unit: string;
  readonly formula: string;
  readonly source: string;
}

const def =
  <S extends IndicatorShape>(outcome: Outcome, shape: S) =>
  <K extends string>(
    key: K,
    labelZh: string,
    labelEn: string,
    unit: string,
    formula: string,
    source: string,
  ): IndicatorDefinition & { key: K; shape: S } => ({
    key,
    outcome,
    shape,
    labelZh,
    labelEn,
    unit,
    formula,
    source,
  });

/** Definition builders, one per outcome, so each entry states only what is its own. */
export const defineFor = {
  fiscal: def('fiscal', 'scalar'),
  foreignCapital: def('foreignCapital', 'scalar'),
  structure: def('structure', 'scalar'),
  structureBreakdown: def('structure', 'breakdown'),
  employment: def('employment', 'scalar'),
  environment: def('environment', 'scalar'),
  lowCarbon: def('lowCarbon', 'scalar'),
};

/** Source phrases shared by several definitions. */
export const SOURCES = {
  filings: 'Approved period filings and their results (spec/calculation.md)',
  profile: 'Enterprise profile in the Greenshore register',
  catalogue: 'spec/catalogue.md service catalogue and ownership codes',
  methodology: 'Greenshore methodology (docs/methodology.md)',
} as const;
