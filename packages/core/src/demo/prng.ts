/**
 * A seeded PRNG (mulberry32) and the few draws the demo city needs. Only integer ops, +, −, ×, ÷ and
 * floor are used — never Math.log/exp/sin, whose last bit is implementation-defined — so every machine
 * draws the same numbers from the same seed.
 */
export interface Rng {
  readonly seed: number;
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform float in [min, max). */
  range(min: number, max: number): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** Roughly normal (Irwin–Hall of 4 uniforms), clipped to ±2 sd: bell-shaped without transcendentals. */
  bell(mean: number, sd: number): number;
  /** An independent stream named by `label`: forks never disturb the parent's sequence. */
  fork(label: string): Rng;
}

function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, 32 bit: turns a fork label into a seed component. */
export function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const range = (min: number, max: number) => min + (max - min) * next();
  const rng: Rng = {
    seed: seed >>> 0,
    next,
    range,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    weighted: (items) => pickWeighted(items, next()),
    bell: (mean, sd) => {
      // Irwin–Hall n=4 has variance 4/12, so scale by sqrt(3) to get unit sd.
      const z = (next() + next() + next() + next() - 2) * 1.7320508075688772;
      return mean + sd * Math.max(-2, Math.min(2, z));
    },
    fork: (label) => createRng(Math.imul((seed ^ hashLabel(label)) >>> 0, 0x9e3779b1) ^ hashLabel(label)),
  };
  return rng;
}

function pickWeighted<T>(items: readonly (readonly [T, number])[], u: number): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let threshold = u * total;
  for (const [item, weight] of items) {
    threshold -= weight;
    if (threshold < 0) return item;
  }
  const last = items[items.length - 1];
  if (last === undefined) throw new Error('weighted pick from an empty list');
  return last[0];
}
