import type { GridRegion } from '../catalogue/other-codes.ts';
import type { FactorEntry, FactorKind, FactorLibrary } from './factor.types.ts';
import { YEAR_SPECIFIC_FACTOR_KINDS } from './factor.types.ts';

export interface FactorQuery {
  kind: FactorKind;
  region: GridRegion;
  year: number;
}

export interface FactorMatch {
  entry: FactorEntry;
  /** true when a year-specific factor was taken from another year or region than asked for. */
  fallback: boolean;
}

/** Thrown when the library holds no usable value at all: a misconfigured library, not bad input. */
export class FactorNotFoundError extends Error {
  constructor(readonly query: FactorQuery) {
    super(`no ${query.kind} factor for ${query.region} in the factor library`);
    this.name = 'FactorNotFoundError';
  }
}

/**
 * Finds a factor: the exact year; else the latest earlier year; else (a period before the first
 * publication) the earliest later year. A region with no value at all falls back to 'national'.
 */
export function findFactor(library: FactorLibrary, query: FactorQuery): FactorMatch | null {
  const entry = pickYear(library, query.kind, query.region, query.year);
  if (entry !== null) return { entry, fallback: isFallback(entry, query) };
  if (query.region === 'national') return null;
  const national = pickYear(library, query.kind, 'national', query.year);
  return national === null ? null : { entry: national, fallback: isFallback(national, query) };
}

/** As findFactor, but a missing factor is an error. */
export function requireFactor(library: FactorLibrary, query: FactorQuery): FactorMatch {
  const match = findFactor(library, query);
  if (match === null) throw new FactorNotFoundError(query);
  return match;
}

function pickYear(
  library: FactorLibrary,
  kind: FactorKind,
  region: GridRegion,
  year: number,
): FactorEntry | null {
  let earlier: FactorEntry | null = null;
  let later: FactorEntry | null = null;
  for (const entry of library) {
    if (entry.kind !== kind || entry.region !== region) continue;
    if (entry.year === year) return entry;
    if (entry.year < year && (earlier === null || entry.year > earlier.year)) earlier = entry;
    if (entry.year > year && (later === null || entry.year < later.year)) later = entry;
  }
  return earlier ?? later;
}

function isFallback(entry: FactorEntry, query: FactorQuery): boolean {
  if (!YEAR_SPECIFIC_FACTOR_KINDS.includes(entry.kind)) return false;
  return entry.year !== query.year || entry.region !== query.region;
}
