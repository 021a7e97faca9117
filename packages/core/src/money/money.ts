import { Decimal } from 'decimal.js';
import { isCurrencyCode, minorDigitsOf } from './currency.ts';
import { decimalParts, divideHalfUp, scaledInteger } from './exact-decimal.ts';

/** An amount as a client sends it: a decimal string ("1250.50") or a JSON number. */
export type DecimalInput = string | number;

/** An amount kept in its original currency and in CNY, with the exchange rate used (DESIGN.md). */
export interface CnyAmount {
  currency: string;
  amountMinor: number;
  amountFen: number;
  /** CNY per one unit of the currency, a decimal string so storage never holds a float. */
  rateToCny: string;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const DECIMAL_TEXT = /^-?\d{1,18}(\.\d{1,18})?$/;
const RATE_TEXT = /^\d{1,9}(\.\d{1,12})?$/;

function parseDecimal(amount: DecimalInput): Decimal | null {
  if (typeof amount === 'number') return Number.isFinite(amount) ? new Decimal(amount) : null;
  return DECIMAL_TEXT.test(amount) ? new Decimal(amount) : null;
}

/** Why an amount cannot be taken in the currency, or null when it can. */
export function amountProblem(
  amount: DecimalInput,
  currency: string,
  opts = { allowZero: false },
): string | null {
  const value = parseDecimal(amount);
  if (value === null) return 'must be a decimal number such as "1250.00"';
  if (value.isNegative() || (!opts.allowZero && value.isZero())) {
    return opts.allowZero ? 'must be zero or more' : 'must be greater than zero';
  }
  const digits = isCurrencyCode(currency) ? minorDigitsOf(currency) : 2;
  if (value.decimalPlaces() > digits) {
    return digits === 0
      ? `${currency} has no minor unit: send a whole number`
      : `${currency} has at most ${digits} decimal places`;
  }
  if (value.mul(new Decimal(10).pow(digits)).gt(Number.MAX_SAFE_INTEGER)) return 'is too large';
  return null;
}

/** Why an exchange rate (CNY per one unit) is not usable, or null when it is. */
export function rateProblem(rateToCny: string): string | null {
  if (!RATE_TEXT.test(rateToCny)) return 'must be a decimal string such as "7.1217" (CNY per one unit)';
  return new Decimal(rateToCny).isZero() ? 'must be greater than zero' : null;
}

/** Whether a rate is exactly 1, as any rate of CNY to itself must be: "1", "1.0", "1.0000". */
export function isUnitRate(rateToCny: string): boolean {
  return rateProblem(rateToCny) === null && new Decimal(rateToCny).eq(1);
}

/** The amount in the currency's minor units (cents, or whole yen for JPY). Throws on a bad amount. */
export function toMinorUnits(amount: DecimalInput, currency: string): number {
  const fast = typeof amount === 'string' ? scaledInteger(amount, minorDigitsOf(currency)) : null;
  if (fast !== null && fast <= MAX_SAFE) return Number(fast);
  const problem = amountProblem(amount, currency, { allowZero: true });
  if (problem !== null) throw new RangeError(`amount ${String(amount)} ${currency} ${problem}`);
  const value = parseDecimal(amount) ?? new Decimal(0);
  return value.mul(new Decimal(10).pow(minorDigitsOf(currency))).toNumber();
}

/**
 * CNY fen of an amount in minor units: fen = minor ÷ 10^digits × rate × 100, rounded half-up once
 * at the end (decimal.js, so no binary-float error creeps into stored money).
 */
export function minorUnitsToFen(amountMinor: number, currency: string, rateToCny: string): number {
  const rate = Number.isSafeInteger(amountMinor) ? decimalParts(rateToCny) : null;
  if (rate !== null) {
    const [rateDigits, rateScale] = rate;
    const scale = 10n ** BigInt(minorDigitsOf(currency) + rateScale);
    const exactFen = divideHalfUp(BigInt(amountMinor) * rateDigits * 100n, scale);
    if (exactFen <= MAX_SAFE && exactFen >= -MAX_SAFE) return Number(exactFen);
  }
  const fen = new Decimal(amountMinor)
    .div(new Decimal(10).pow(minorDigitsOf(currency)))
    .mul(rateToCny)
    .mul(100)
    .toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  if (fen.abs().gt(Number.MAX_SAFE_INTEGER)) throw new RangeError('amount in fen exceeds the safe range');
  return fen.toNumber();
}

/** Minor units as the decimal text of the currency ("1250.50" USD, "90000" JPY). */
export function formatMinorUnits(amountMinor: number, currency: string): string {
  const digits = minorDigitsOf(currency);
  return new Decimal(amountMinor).div(new Decimal(10).pow(digits)).toFixed(digits);
}

/** Converts a validated amount to its stored form: minor units, fen and the rate used. */
export function convertToCny(currency: string, amount: DecimalInput, rateToCny: string): CnyAmount {
  const amountMinor = toMinorUnits(amount, currency);
  return { currency, amountMinor, amountFen: minorUnitsToFen(amountMinor, currency, rateToCny), rateToCny };
}
