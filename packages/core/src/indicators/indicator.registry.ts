import { ECONOMY_INDICATORS } from './economy-indicators.data.ts';
import type { IndicatorDefinition } from './indicator-definition.types.ts';
import { PEOPLE_PLANET_INDICATORS } from './people-planet-indicators.data.ts';

type AllDefinitions = (typeof ECONOMY_INDICATORS)[number] | (typeof PEOPLE_PLANET_INDICATORS)[number];

/** Every indicator key. */
export type IndicatorKey = AllDefinitions['key'];
/** Keys of the indicators that are one number. */
export type ScalarIndicatorKey = Extract<AllDefinitions, { shape: 'scalar' }>['key'];
/** Keys of the indicators that are an amount and a share per category. */
export type BreakdownIndicatorKey = Exclude<IndicatorKey, ScalarIndicatorKey>;

/** The registry: each indicator defined once, in display order. */
export const INDICATORS: readonly (IndicatorDefinition & { key: IndicatorKey })[] = [
  ...ECONOMY_INDICATORS,
  ...PEOPLE_PLANET_INDICATORS,
];

const byKey = new Map<string, IndicatorDefinition>(INDICATORS.map((i) => [i.key, i]));

export function findIndicator(key: string): IndicatorDefinition | undefined {
  return byKey.get(key);
}

export const SCALAR_INDICATOR_KEYS = INDICATORS.filter((i) => i.shape === 'scalar').map(
  (i) => i.key,
) as ScalarIndicatorKey[];

export const BREAKDOWN_INDICATOR_KEYS = INDICATORS.filter((i) => i.shape === 'breakdown').map(
  (i) => i.key,
) as BreakdownIndicatorKey[];
