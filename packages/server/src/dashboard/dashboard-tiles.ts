import {
  type CityIndicators,
  compareYears,
  findIndicator,
  type Outcome,
  type ScalarIndicatorKey,
} from '@greenshore/core';
import type { DashboardAnswer } from './dashboard.schemas.ts';

/** The KPI tiles per outcome, in the order the city's policy names the six outcomes. */
export const TILE_KEYS: readonly { outcome: Outcome; keys: readonly ScalarIndicatorKey[] }[] = [
  { outcome: 'structure', keys: ['structure.serviceOutsourcingRevenueCny', 'structure.offshoreShare'] },
  { outcome: 'fiscal', keys: ['fiscal.taxesPaidCny'] },
  {
    outcome: 'foreignCapital',
    keys: ['foreignCapital.fdiUtilisedCny', 'foreignCapital.foreignInvestedRevenueShare'],
  },
  {
    outcome: 'employment',
    keys: ['employment.headcount', 'employment.collegeShare', 'employment.newGraduateHires'],
  },
  { outcome: 'environment', keys: ['environment.totalLocationKgCo2e', 'environment.totalMarketKgCo2e'] },
  { outcome: 'lowCarbon', keys: ['lowCarbon.kgCo2ePer10kCnyValueAdded', 'lowCarbon.avoidedKgCo2e'] },
];

/** Tiles with their labels from the registry and the change on the same period a year before. */
export function buildTiles(current: CityIndicators, previous: CityIndicators): DashboardAnswer['tiles'] {
  const { changes } = compareYears(current, previous);
  return TILE_KEYS.map(({ outcome, keys }) => ({
    outcome,
    items: keys.map((key) => {
      const def = findIndicator(key);
      if (!def) throw new Error(`indicator ${key} is not in the registry`);
      return { key, unit: def.unit, labelZh: def.labelZh, labelEn: def.labelEn, ...changes[key] };
    }),
  }));
}
