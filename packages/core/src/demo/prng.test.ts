import { describe, expect, test } from 'vitest';
import { createRng, hashLabel } from './prng.ts';

describe('seeded PRNG (mulberry32)', () => {
  test('the same seed draws the same sequence', () => {
    const a = createRng(7);
    const b = createRng(7);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  test('a fork is independent of how much the parent has drawn', () => {
    const fresh = createRng(7).fork('x');
    const used = createRng(7);
    used.next();
    used.next();
    expect(used.fork('x').next()).toBe(fresh.next());
    expect(createRng(7).fork('y').next()).not.toBe(createRng(7).fork('x').next());
  });

  test('draws stay inside their ranges', () => {
    const rng = createRng(123);
    for (let i = 0; i < 2000; i++) {
      const u = rng.next();
      const n = rng.int(3, 5);
      const b = rng.bell(10, 1);
      expect(u >= 0 && u < 1).toBe(true);
      expect([3, 4, 5]).toContain(n);
      expect(b >= 8 && b <= 12).toBe(true);
    }
  });

  test('weighted picks follow their weights and never pick a zero weight', () => {
    const rng = createRng(5);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 4000; i++) {
      counts[
        rng.weighted([
          ['a', 3],
          ['b', 1],
          ['c', 0],
        ] as const)
      ]++;
    }
    expect(counts.c).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
  });

  test('FNV-1a label hash matches the published test vector', () => {
    expect(hashLabel('a')).toBe(0xe40c292c);
  });
});
