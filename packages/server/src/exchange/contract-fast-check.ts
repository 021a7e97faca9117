import {
  type CnyAmount,
  isCountryCode,
  isCurrencyCode,
  isUnitRate,
  rateProblem,
  SERVICE_CODE_KEYS,
  toCnyAmount,
} from '@greenshore/core';
import type { CreateContractInput } from '../contracts/contract-input.schemas.ts';

/**
 * The hot path of contract imports: createContractBody's rules checked by hand with the same core
 * predicates, for rows built from the template's columns. It only ever accepts: on any doubt it answers
 * undefined and the caller asks the zod schema, which then gives the messages. A 100,000-row file
 * spends most of its validation time in zod otherwise (bench/import.bench.ts).
 */
const SERVICES = new Set<string>(SERVICE_CODE_KEYS);
const ISO_DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;
// A rate repeats on many rows: its check (a decimal parse) is done once.
const RATE_OK = new Map<string, boolean>();

const MONEY_KEYS = new Set(['currency', 'amount', 'rateToCny']);
const CONTRACT_KEYS = new Set([
  'clientName',
  'clientCountry',
  'serviceCode',
  'signedOn',
  'value',
  'reference',
]);
const REAL_DATES = new Map<string, boolean>();

/** The strict object rule, without allocating: no key the schema does not know. */
function onlyKeys(object: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  for (const key in object) if (!keys.has(key)) return false;
  return true;
}

/** Dates repeat across rows: each is checked once. */
function isRealDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  let real = REAL_DATES.get(text);
  if (real === undefined) {
    real = checkDate(text);
    if (REAL_DATES.size < 100_000) REAL_DATES.set(text, real);
  }
  return real;
}

function checkDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

const textOf = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length >= 1 && v.length <= max && v.trim() === v;

function rateOk(rate: string): boolean {
  let ok = RATE_OK.get(rate);
  if (ok === undefined) {
    ok = rateProblem(rate) === null;
    RATE_OK.set(rate, ok);
  }
  return ok;
}

function moneyOf(value: unknown): CnyAmount | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (!onlyKeys(value as Record<string, unknown>, MONEY_KEYS)) return undefined;
  const { currency, amount, rateToCny } = value as Record<string, unknown>;
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return undefined;
  if (!isCurrencyCode(currency) || (typeof amount !== 'string' && typeof amount !== 'number'))
    return undefined;
  if (rateToCny !== undefined && (typeof rateToCny !== 'string' || !rateOk(rateToCny))) return undefined;
  if (currency === 'CNY' ? rateToCny !== undefined && !isUnitRate(rateToCny) : rateToCny === undefined)
    return undefined;
  try {
    // toCnyAmount refuses what amountProblem refuses but allows zero: the API wants more than zero, and
    // with no more decimals than the currency has, a non-zero amount is at least one minor unit.
    const money = toCnyAmount({ currency, amount, rateToCny });
    return money.amountMinor > 0 ? money : undefined;
  } catch {
    return undefined;
  }
}

export function fastContract(
  body: Record<string, unknown>,
): { input: CreateContractInput; value: CnyAmount } | undefined {
  if (!onlyKeys(body, CONTRACT_KEYS)) return undefined;
  const { clientName, clientCountry, serviceCode, signedOn, value, reference } = body;
  if (!textOf(clientName, 200) || typeof clientCountry !== 'string') return undefined;
  if (!isCountryCode(clientCountry) || typeof serviceCode !== 'string' || !SERVICES.has(serviceCode))
    return undefined;
  if (!isRealDate(signedOn) || (reference !== undefined && !textOf(reference, 60))) return undefined;
  const money = moneyOf(value);
  if (!money) return undefined;
  const input = { clientName, clientCountry, serviceCode, signedOn, value, reference } as CreateContractInput;
  return { input, value: money };
}
