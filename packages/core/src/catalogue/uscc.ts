/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-character
 * alphabet (no I, O, Z, S, V); positions 3–8 are the administrative division code, the 18th is a
 * check character computed with the weights of the standard's section 4.3 (modulus 31).
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const BODY = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{9}$/;

/** The check character for the first 17 characters, or null if they are not well formed. */
export function usccCheckCharacter(first17: string): string | null {
  if (!BODY.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

export type UsccProblem = 'length' | 'characters' | 'check-character';

/** Why a code is not a valid USCC, or null when it is. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return 'length';
  const check = usccCheckCharacter(code.slice(0, 17));
  if (check === null || !USCC_ALPHABET.includes(code.charAt(17))) return 'characters';
  return check === code.charAt(17) ? null : 'check-character';
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}
