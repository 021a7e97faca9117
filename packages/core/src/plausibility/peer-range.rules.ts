import type { PlausibilityFiling, PlausibilityFlag } from './plausibility.types.ts';

/** Fewer peers than this say too little about what is normal: no flag then. */
export const PEER_MIN_COUNT = 5;
/** The range is [P5 ÷ 3, P95 × 3]: wide, so only an order-of-magnitude outlier is flagged. */
export const PEER_SPREAD = 3;

/** What kWh per employee reads: narrower than a filing, so stored peer filings need no re-validation. */
export interface KwhPerEmployeeInput {
  energy: { electricityKwh: number };
  employees: { average: number };
}

/** Electricity per average employee; null when there are no employees (no ratio to compare). */
export function kwhPerEmployee(f: KwhPerEmployeeInput): number | null {
  return f.employees.average > 0 ? f.energy.electricityKwh / f.employees.average : null;
}

/**
 * The p-th percentile (0–1) by linear interpolation between closest ranks (Hyndman & Fan type 7,
 * Excel PERCENTILE.INC). `sorted` must be ascending and non-empty.
 */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = (sorted.length - 1) * p;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const low = sorted[lo] ?? 0;
  const high = sorted[hi] ?? low;
  return low + (high - low) * (rank - lo);
}

/** The range of kWh per employee the peers make normal, or null with fewer than PEER_MIN_COUNT peers. */
export function peerRange(peers: readonly number[]): { low: number; high: number } | null {
  const values = peers.filter((v) => Number.isFinite(v) && v >= 0).sort((a, b) => a - b);
  if (values.length < PEER_MIN_COUNT) return null;
  return { low: percentile(values, 0.05) / PEER_SPREAD, high: percentile(values, 0.95) * PEER_SPREAD };
}

/** Flags electricity per employee outside the range of the enterprise's focus-area peers. */
export function peerRangeFlags(
  filing: PlausibilityFiling,
  peers: readonly number[] | undefined,
): PlausibilityFlag[] {
  const own = kwhPerEmployee(filing);
  const range = peerRange(peers ?? []);
  if (own === null || range === null) return [];
  if (own >= range.low && own <= range.high) return [];
  const fmt = (n: number) => String(Math.round(n * 10) / 10);
  return [
    {
      code: 'peer.electricityPerEmployee',
      field: 'energy.electricityKwh',
      message:
        `electricity per employee ${fmt(own)} kWh is outside the peers' range ` +
        `${fmt(range.low)}–${fmt(range.high)} kWh; check the unit (kWh vs MWh) or explain`,
    },
  ];
}
