import { Decimal } from 'decimal.js';

/**
 * The calculation's own Decimal: 40 significant digits, half-up. A clone, so a `Decimal.set` made
 * elsewhere in the process cannot change a figure.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

/**
 * Output precision, applied only by the helpers below and only once, when a figure leaves the
 * calculation: money to the fen; quantities (kg, kWh, tce, persons) and ratios to 6 decimals.
 * Rounding is half-up (四舍五入), away from zero for negatives.
 */
export const OUTPUT_DECIMALS = { cny: 2, quantity: 6, ratio: 6 } as const;

export type OutputPrecision = keyof typeof OUTPUT_DECIMALS;

/** The one rounding helper: a Decimal to a JS number at the given precision, never -0. */
export function roundTo(value: Dec, precision: OutputPrecision): number {
  const n = value.toDecimalPlaces(OUTPUT_DECIMALS[precision], Dec.ROUND_HALF_UP).toNumber();
  return n === 0 ? 0 : n;
}

/** As roundTo, keeping null (a ratio whose denominator was 0). */
export function roundOrNull(value: Dec | null, precision: OutputPrecision): number | null {
  return value === null ? null : roundTo(value, precision);
}

/** An input amount of money, taken to the fen before any arithmetic so every sum is exact. */
export function cnyToFen(amountCny: number): Dec {
  return new Dec(amountCny).toDecimalPlaces(OUTPUT_DECIMALS.cny, Dec.ROUND_HALF_UP);
}

/** A JS number as a Decimal, exactly as it prints (no binary float artefacts). */
export function dec(value: number | string): Dec {
  return new Dec(value);
}

/** numerator ÷ denominator, or null when the denominator is zero: never Infinity or NaN. */
export function ratioOrNull(numerator: Dec, denominator: Dec): Dec | null {
  return denominator.isZero() ? null : numerator.div(denominator);
}
