import { USCC_ALPHABET, usccCheckCharacter } from '../catalogue/uscc.ts';
import type { Rng } from './prng.ts';

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const LETTERS = USCC_ALPHABET.slice(10);

/** GB 11714 organisation-code check character: 11 − (Σ value × weight mod 11); 10 → X, 11 → 0. */
export function orgCodeCheckCharacter(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8.charAt(i);
    const value = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55;
    sum += value * (ORG_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

function orgCodeBody(rng: Rng, modern: boolean): string {
  if (modern) {
    // Codes issued since the 2015 reform start with MA; Jiangxi's run in the MA35–MA39 blocks.
    let body = `MA3${rng.int(5, 9)}`;
    for (let i = 0; i < 4; i++) body += rng.chance(0.5) ? String(rng.int(0, 9)) : rng.pick([...LETTERS]);
    return body;
  }
  let body = String(rng.int(5, 7));
  for (let i = 0; i < 7; i++) body += String(rng.int(0, 9));
  return body;
}

/**
 * Returns a USCC maker (GB 32100-2015): registration authority + kind (e.g. "91" = market regulator,
 * enterprise; "52" = civil affairs, private non-enterprise unit), the division code, a 9-character
 * organisation code with its own GB 11714 check, and the USCC check character. Never repeats a code.
 */
export function createUsccFactory(
  rng: Rng,
): (prefix2: string, divisionCode: string, modern: boolean) => string {
  const used = new Set<string>();
  return (prefix2, divisionCode, modern) => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const body8 = orgCodeBody(rng, modern);
      const first17 = `${prefix2}${divisionCode}${body8}${orgCodeCheckCharacter(body8)}`;
      const check = usccCheckCharacter(first17);
      if (check === null) throw new Error(`malformed USCC body ${first17}`);
      const code = `${first17}${check}`;
      if (used.has(code)) continue;
      used.add(code);
      return code;
    }
    throw new Error('USCC space exhausted');
  };
}
