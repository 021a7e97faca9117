import { describe, expect, test } from 'vitest';
import { isValidUscc } from '../catalogue/uscc.ts';
import { generateDemoCity } from './generate-demo-city.ts';
import { createRng } from './prng.ts';
import { createUsccFactory, orgCodeCheckCharacter } from './uscc-gen.ts';

describe('generated USCC codes', () => {
  test('GB 11714 organisation-code check matches published specimen codes', () => {
    // The organisation code sits at positions 9–17 of these real USCCs.
    for (const uscc of ['91350100M000100Y43', '91110000600037341L', '914403001922038216']) {
      expect(orgCodeCheckCharacter(uscc.slice(8, 16))).toBe(uscc.charAt(16));
    }
  });

  test('the factory never repeats a code and every code validates', () => {
    const make = createUsccFactory(createRng(1));
    const codes = Array.from({ length: 500 }, (_, i) => make('91', '360113', i % 2 === 0));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every(isValidUscc)).toBe(true);
    expect(codes.filter((_, i) => i % 2 === 0).every((c) => c.slice(8, 10) === 'MA')).toBe(true);
  });

  test("every demo enterprise's embedded organisation code carries a valid check character", () => {
    for (const e of generateDemoCity().enterprises) {
      expect(orgCodeCheckCharacter(e.uscc.slice(8, 16))).toBe(e.uscc.charAt(16));
    }
  });
});
