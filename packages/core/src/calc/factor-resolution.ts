import type { GridRegion } from '../catalogue/other-codes.ts';
import type { FactorMatch } from '../factors/factor.lookup.ts';
import { requireFactor } from '../factors/factor.lookup.ts';
import type { FactorKind, FactorLibrary } from '../factors/factor.types.ts';
import type { Filing } from '../filing/filing.schema.ts';
import type { FactorUsed } from './period-result.types.ts';
import type { Dec } from './rounding.ts';
import { dec } from './rounding.ts';

/** A factor ready for arithmetic, with the record of where it came from. */
export interface ResolvedFactor {
  value: Dec;
  used: FactorUsed;
}

export interface ResolvedFactors {
  gridKgCo2PerKwh: ResolvedFactor;
  residualKgCo2PerKwh: ResolvedFactor;
  tceCalorificKgcePerKwh: ResolvedFactor;
  tceEquivalentKgcePerKwh: ResolvedFactor;
  /** null when nothing of that fuel was burnt: the factor is then not needed. */
  naturalGasKgCo2PerM3: ResolvedFactor | null;
  dieselKgCo2PerLitre: ResolvedFactor | null;
  factorYear: number;
  factorFallback: boolean;
}

/** The statistical year of a period is the year of its end date. */
export function periodYear(filing: Filing): number {
  return Number(filing.period.end.slice(0, 4));
}

/**
 * Resolves every factor a filing needs. Overrides win whenever present, 0 included (`!== undefined`,
 * never `||`). The residual mix and the tce coefficients are published nationally only.
 */
export function resolveFactors(filing: Filing, library: FactorLibrary): ResolvedFactors {
  const year = periodYear(filing);
  const overrides = filing.factorOverrides;
  const grid =
    overrides?.gridKgCo2PerKwh !== undefined
      ? fromOverride('gridKgCo2PerKwh', overrides.gridKgCo2PerKwh, 'grid-location', year)
      : fromLibrary(library, 'grid-location', filing.gridRegion, year);
  const residual =
    overrides?.residualGridKgCo2PerKwh !== undefined
      ? fromOverride('residualGridKgCo2PerKwh', overrides.residualGridKgCo2PerKwh, 'grid-residual', year)
      : fromLibrary(library, 'grid-residual', 'national', year);
  const tceEquivalent = fromLibrary(library, 'tce-equivalent', 'national', year);
  return {
    gridKgCo2PerKwh: grid,
    residualKgCo2PerKwh: residual,
    tceCalorificKgcePerKwh: fromLibrary(library, 'tce-calorific', 'national', year),
    tceEquivalentKgcePerKwh: tceEquivalent,
    naturalGasKgCo2PerM3:
      filing.energy.naturalGasM3 > 0 ? fromLibrary(library, 'fuel-natural-gas', 'national', year) : null,
    dieselKgCo2PerLitre:
      filing.energy.dieselLitres > 0 ? fromLibrary(library, 'fuel-diesel', 'national', year) : null,
    factorYear: grid.used.year ?? year,
    factorFallback: grid.used.fallback || residual.used.fallback || tceEquivalent.used.fallback,
  };
}

/** Every factor used, in a stable order, for the result's `factors` list. */
export function usedFactors(resolved: ResolvedFactors): FactorUsed[] {
  const all = [
    resolved.gridKgCo2PerKwh,
    resolved.residualKgCo2PerKwh,
    resolved.tceCalorificKgcePerKwh,
    resolved.tceEquivalentKgcePerKwh,
    resolved.naturalGasKgCo2PerM3,
    resolved.dieselKgCo2PerLitre,
  ];
  return all.filter((f) => f !== null).map((f) => f.used);
}

function fromLibrary(
  library: FactorLibrary,
  kind: FactorKind,
  region: GridRegion,
  year: number,
): ResolvedFactor {
  const match: FactorMatch = requireFactor(library, { kind, region, year });
  const { entry } = match;
  return {
    value: dec(entry.value),
    used: {
      id: entry.id,
      value: Number(entry.value),
      unit: entry.unit,
      source: entry.source,
      kind,
      year: entry.year,
      fallback: match.fallback,
    },
  };
}

function fromOverride(field: string, value: number, kind: FactorKind, year: number): ResolvedFactor {
  return {
    value: dec(value),
    used: {
      id: `override:${field}`,
      value,
      unit: 'kgCO2/kWh',
      source: `factorOverrides.${field} in the filing`,
      kind,
      year,
      fallback: false,
    },
  };
}
