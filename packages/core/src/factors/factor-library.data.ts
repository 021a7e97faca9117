import { ENERGY_FACTORS } from './energy-factors.data.ts';
import type { FactorLibrary } from './factor.types.ts';
import { GRID_LOCATION_FACTORS, GRID_RESIDUAL_FACTORS } from './grid-factors.data.ts';

/** The library shipped with the code; callers pass it (or an admin-edited copy) to the calculation. */
export const DEFAULT_FACTOR_LIBRARY: FactorLibrary = Object.freeze([
  ...GRID_LOCATION_FACTORS,
  ...GRID_RESIDUAL_FACTORS,
  ...ENERGY_FACTORS,
]);
