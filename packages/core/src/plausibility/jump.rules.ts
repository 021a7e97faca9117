import { dec, roundTo } from '../calc/rounding.ts';
import { grossOutputCny } from '../calc/value-added.calc.ts';
import type { PlausibilityCode, PlausibilityFiling, PlausibilityFlag } from './plausibility.types.ts';

/**
 * A figure ×8 or more, or 1/8 or less, of the previous period is almost always a unit slip: yuan
 * filed as 10k yuan (×10 000), kWh as MWh (×1 000), or a month's cost filed for a quarter (×1/3 is
 * not caught, on purpose: seasonality makes ×3 ordinary). 8 sits safely between both.
 */
export const JUMP_FACTOR = 8;

interface JumpFigure {
  code: PlausibilityCode;
  field: string;
  label: string;
  read: (f: PlausibilityFiling) => number;
}

/** Total revenue as the calculation sums it (gross output): exact, no float drift across many lines. */
export function revenueTotalCny(f: PlausibilityFiling): number {
  return roundTo(grossOutputCny(f.revenue), 'cny');
}

const FIGURES: readonly JumpFigure[] = [
  { code: 'jump.revenue', field: 'revenue', label: 'total revenue', read: revenueTotalCny },
  {
    code: 'jump.electricity',
    field: 'energy.electricityKwh',
    label: 'electricity (kWh)',
    read: (f) => f.energy.electricityKwh,
  },
  {
    code: 'jump.employees',
    field: 'employees.average',
    label: 'average employees',
    read: (f) => f.employees.average,
  },
  { code: 'jump.labour', field: 'costs.labourCny', label: 'labour cost', read: (f) => f.costs.labourCny },
];

/**
 * Flags each figure that jumped against the previous period. A previous value of 0 gives no scale
 * to compare with, so it is skipped; a fall to 0 from a positive value is flagged.
 */
export function jumpFlags(
  current: PlausibilityFiling,
  previous: PlausibilityFiling | null | undefined,
): PlausibilityFlag[] {
  if (!previous) return [];
  const flags: PlausibilityFlag[] = [];
  for (const figure of FIGURES) {
    const now = dec(figure.read(current));
    const before = dec(figure.read(previous));
    if (before.isZero()) continue;
    const up = now.gte(before.mul(JUMP_FACTOR));
    const down = now.mul(JUMP_FACTOR).lte(before);
    if (!up && !down) continue;
    const ratio = now.div(before).toSignificantDigits(3).toString();
    flags.push({
      code: figure.code,
      field: figure.field,
      message:
        `${figure.label} is ${ratio}× the previous period (${before.toString()} → ${now.toString()}); ` +
        'check the unit (yuan vs 10k yuan, kWh vs MWh) or explain the change',
    });
  }
  return flags;
}
