import { dec, ratioOrNull, roundOrNull } from '../calc/rounding.ts';
import { SCALAR_INDICATOR_KEYS } from './indicator.registry.ts';
import type { CityIndicators, IndicatorChange, YearOnYear } from './indicator.types.ts';

/**
 * Year-on-year change of every scalar indicator: change = current − previous (ratios change in ratio
 * units; ×100 gives percentage points), changeRate = change ÷ |previous|, null when previous is 0/null.
 */
export function compareYears(current: CityIndicators, previous: CityIndicators): YearOnYear {
  const changes = {} as YearOnYear['changes'];
  for (const key of SCALAR_INDICATOR_KEYS) {
    changes[key] = changeOf(current.values[key], previous.values[key]);
  }
  return { year: current.year, previousYear: previous.year, changes };
}

function changeOf(current: number | null, previous: number | null): IndicatorChange {
  if (current === null || previous === null) return { current, previous, change: null, changeRate: null };
  const change = dec(current).minus(previous);
  return {
    current,
    previous,
    change: change.toNumber() === 0 ? 0 : change.toNumber(),
    changeRate: roundOrNull(ratioOrNull(change, dec(previous).abs()), 'ratio'),
  };
}
