import { YEAR_PERIOD_RANK } from '../reports/report-period.ts';

/** Pure figures of the peer benchmark: per-enterprise yearly totals and their quartiles. */

/** Fewer peers than this could identify one of them, and say little about what is normal. */
export const BENCHMARK_MIN_PEERS = 5;

/** An approved report's figures the benchmark reads (from its stored result). */
export interface BenchmarkReport {
  enterpriseId: number;
  periodType: string;
  totalLocationKgCo2e: number;
  totalMarketKgCo2e: number;
  valueAddedCny: number;
}

export interface EnterpriseYear {
  footprintLocationTCo2e: number;
  footprintMarketTCo2e: number;
  valueAddedCny: number;
  /** kgCO2e (location-based) per 10 000 CNY of value added; null when value added is not positive. */
  intensityKgCo2ePer10kCny: number | null;
}

export interface Quartiles {
  p25: number;
  p50: number;
  p75: number;
}

/** Each enterprise's year: the sum of its reports of the preferred period type. */
export function enterpriseYears(reports: readonly BenchmarkReport[]): Map<number, EnterpriseYear> {
  const best = new Map<number, number>();
  for (const r of reports) {
    best.set(r.enterpriseId, Math.min(best.get(r.enterpriseId) ?? 9, YEAR_PERIOD_RANK[r.periodType] ?? 9));
  }
  const sums = new Map<number, { loc: number; mkt: number; va: number }>();
  for (const r of reports) {
    if (best.get(r.enterpriseId) !== (YEAR_PERIOD_RANK[r.periodType] ?? 9)) continue;
    const s = sums.get(r.enterpriseId) ?? { loc: 0, mkt: 0, va: 0 };
    sums.set(r.enterpriseId, {
      loc: s.loc + r.totalLocationKgCo2e,
      mkt: s.mkt + r.totalMarketKgCo2e,
      va: s.va + r.valueAddedCny,
    });
  }
  const out = new Map<number, EnterpriseYear>();
  for (const [id, s] of sums) {
    out.set(id, {
      footprintLocationTCo2e: s.loc / 1000,
      footprintMarketTCo2e: s.mkt / 1000,
      valueAddedCny: s.va,
      intensityKgCo2ePer10kCny: s.va > 0 ? s.loc / (s.va / 10_000) : null,
    });
  }
  return out;
}

/**
 * The p-th percentile (0–1) by linear interpolation between closest ranks (Hyndman & Fan type 7,
 * Excel PERCENTILE.INC), the method the plausibility peer range uses too.
 */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = (sorted.length - 1) * p;
  const lo = Math.floor(rank);
  const low = sorted[lo] ?? 0;
  const high = sorted[Math.ceil(rank)] ?? low;
  return low + (high - low) * (rank - lo);
}

/** P25, P50 (median) and P75 of the values, or null with fewer than BENCHMARK_MIN_PEERS of them. */
export function quartiles(values: readonly (number | null)[]): Quartiles | null {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length < BENCHMARK_MIN_PEERS) return null;
  return { p25: percentile(sorted, 0.25), p50: percentile(sorted, 0.5), p75: percentile(sorted, 0.75) };
}

export type PeerQuartiles = Record<keyof EnterpriseYear, Quartiles | null>;

/** Quartiles of each figure across the peers; null with fewer than BENCHMARK_MIN_PEERS peers. */
export function peerQuartiles(peers: readonly EnterpriseYear[]): PeerQuartiles | null {
  if (peers.length < BENCHMARK_MIN_PEERS) return null;
  const of = (key: keyof EnterpriseYear) => quartiles(peers.map((p) => p[key]));
  return {
    footprintLocationTCo2e: of('footprintLocationTCo2e'),
    footprintMarketTCo2e: of('footprintMarketTCo2e'),
    valueAddedCny: of('valueAddedCny'),
    intensityKgCo2ePer10kCny: of('intensityKgCo2ePer10kCny'),
  };
}
