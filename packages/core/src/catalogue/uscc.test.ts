import { describe, expect, test } from 'vitest';
import { isValidUscc, usccCheckCharacter, usccProblem } from './uscc.ts';

describe('unified social credit code (GB 32100-2015)', () => {
  // Published specimen codes found on real business licences.
  test.each(['91350100M000100Y43', '91110000600037341L', '914403001922038216'])('%s is valid', (code) => {
    expect(isValidUscc(code)).toBe(true);
  });

  test('a changed check character is refused', () => {
    expect(usccProblem('91350100M000100Y44')).toBe('check-character');
  });

  test('wrong length and forbidden letters are refused with their reason', () => {
    expect(usccProblem('91350100M000100Y4')).toBe('length');
    expect(usccProblem('91350100M000100I43')).toBe('characters');
    expect(usccProblem('91350100M000100O43')).toBe('characters');
  });

  test('a check character of 0 (sum divisible by 31) is produced, not 31', () => {
    const bodies = ['9136010000000000', '9136010000000001', '9136010000000002'];
    for (const b of bodies) {
      for (const c of '0123456789') {
        const check = usccCheckCharacter(`${b}${c}`);
        expect(check).not.toBeNull();
        expect(isValidUscc(`${b}${c}${check}`)).toBe(true);
      }
    }
  });
});
