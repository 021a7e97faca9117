import type { Dec } from '../calc/rounding.ts';
import { dec } from '../calc/rounding.ts';

const MICRO = 1_000_000;

/**
 * An exact running sum of figures that carry at most 6 decimals (kg, kWh, tce, persons as the
 * calculation outputs them), without a Decimal per row: the integer part and the millionths are
 * summed separately as plain integers, which doubles add exactly up to 2⁵³. Exact for per-row values
 * below about 2·10⁹ (beyond that a double cannot hold 6 decimals anyway).
 */
export class MicroSum {
  private whole = 0;
  private micro = 0;

  add(value: number): void {
    const whole = Math.trunc(value);
    this.whole += whole;
    // value − whole is exact in binary floating point; ×10⁶ then rounds to the decimal it printed as.
    this.micro += Math.round((value - whole) * MICRO);
  }

  toDecimal(): Dec {
    return dec(this.whole).plus(dec(this.micro).div(MICRO));
  }
}

/** An amount in CNY (at most 2 decimals) as integer fen. */
export function cnyToIntegerFen(amountCny: number): number {
  return Math.round(amountCny * 100);
}
