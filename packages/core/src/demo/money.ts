import { Decimal } from 'decimal.js';
import { minorDigitsOf } from '../money/currency.ts';

/**
 * Approximate annual-average exchange rates of the demo city's contract and FDI currencies (CNY per
 * one unit, PBoC central-parity order of magnitude, rounded), 2015 … 2024, space-separated: one row
 * per currency keeps the table readable. Rates are decimal strings so storage never holds a float;
 * amounts convert to fen with the money module's `minorUnitsToFen`.
 */
const RATE_ROWS: Readonly<Record<string, string>> = {
  USD: '6.2284 6.6423 6.7518 6.6174 6.8985 6.8976 6.4515 6.7261 7.0467 7.1217',
  HKD: '0.8034 0.8557 0.8671 0.8437 0.8805 0.8894 0.8298 0.8587 0.9000 0.9118',
  JPY: '0.05148 0.06105 0.06018 0.05994 0.06329 0.06459 0.05876 0.05115 0.05015 0.04704',
  EUR: '6.9141 7.3495 7.6290 7.8084 7.7230 7.8755 7.6282 7.0721 7.6201 7.7035',
  KRW: '0.005510 0.005717 0.005975 0.006016 0.005922 0.005848 0.005639 0.005206 0.005396 0.005221',
  SGD: '4.5318 4.8090 4.8897 4.9066 5.0568 5.0002 4.8008 4.8764 5.2440 5.3300',
};
const RATES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(RATE_ROWS).map(([currency, row]) => [currency, row.split(' ')]),
);
const FIRST_RATE_YEAR = 2015;
const LAST_RATE_YEAR = 2024;

/** The annual-average rate for a year, clamped to the table's 2015–2024 span. */
export function rateToCny(currency: string, year: number): string {
  if (currency === 'CNY') return '1';
  const row = RATES[currency];
  const clamped = Math.min(LAST_RATE_YEAR, Math.max(FIRST_RATE_YEAR, year));
  const rate = row?.[clamped - FIRST_RATE_YEAR];
  if (rate === undefined) throw new Error(`no exchange rate for ${currency}`);
  return rate;
}

/** Minor units of the currency for a CNY amount in fen (used to size foreign contracts from CNY plans). */
export function fenToMinor(amountFen: number, currency: string, rate: string): number {
  return new Decimal(amountFen)
    .div(100)
    .div(rate)
    .mul(new Decimal(10).pow(minorDigitsOf(currency)))
    .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
    .toNumber();
}

/** Rounds a CNY amount to the fen, as filings carry it. */
export function toFenPrecision(amountCny: number): number {
  return Math.round(amountCny * 100) / 100;
}
