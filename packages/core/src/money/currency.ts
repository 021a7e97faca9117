/**
 * ISO 4217 currencies in circulation with their minor-unit digits (the standard's "minor unit"
 * column). Precious metals, testing codes and funds without a minor unit are left out: no contract
 * or investment is denominated in them.
 */
const TWO_DIGIT_CODES =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL ' +
  'GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD ' +
  'LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN ' +
  'PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL ' +
  'THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL';

/** The exceptions to two digits: JPY and KRW (among others) have no minor unit, the dinars have three. */
const OTHER_DIGITS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

export const CURRENCY_MINOR_DIGITS: ReadonlyMap<string, number> = new Map([
  ...TWO_DIGIT_CODES.split(' ').map((code) => [code, 2] as const),
  ...Object.entries(OTHER_DIGITS),
]);

export function isCurrencyCode(code: string): boolean {
  return CURRENCY_MINOR_DIGITS.has(code);
}

/** Digits after the decimal point of the currency's minor unit (USD 2, JPY 0, KWD 3). */
export function minorDigitsOf(currency: string): number {
  const digits = CURRENCY_MINOR_DIGITS.get(currency);
  if (digits === undefined) throw new RangeError(`unknown currency ${currency}`);
  return digits;
}
