import { isServiceOutsourcing } from '../catalogue/service-codes.ts';
import { minorUnitsToFen } from '../money/money.ts';
import { LAST_QUARTER_INDEX, laterDate, quarterAt, quarterIndexOf, randomDateBetween } from './calendar.ts';
import type { DemoContract, DemoContractExecution } from './demo-city.types.ts';
import type { EnterpriseProfile } from './enterprise-profile.ts';
import { fenToMinor, rateToCny } from './money.ts';
import { CLIENT_NAME_PARTS } from './names.ts';
import type { Rng } from './prng.ts';

/** Contract currency by client country; Macao clients pay in HKD, Taiwanese in USD, as is usual. */
const CURRENCY_BY_COUNTRY: Readonly<Record<string, string>> = {
  JP: 'JPY',
  US: 'USD',
  HK: 'HKD',
  MO: 'HKD',
  TW: 'USD',
  KR: 'KRW',
  DE: 'EUR',
  SG: 'SGD',
  CN: 'CNY',
};

function clientName(rng: Rng, country: string): string {
  const [prefixes, suffixes] = CLIENT_NAME_PARTS[country] ?? CLIENT_NAME_PARTS.CN ?? [['Client'], ['Ltd.']];
  const separator = country === 'CN' ? '' : ' ';
  return `${rng.pick(prefixes)}${separator}${rng.pick(suffixes)}`;
}

/** Splits the value over the contract's quarters; the last takes the remainder so they sum exactly. */
function splitMinor(rng: Rng, valueMinor: number, quarters: number): number[] {
  const weights = Array.from({ length: quarters }, () => rng.range(0.7, 1.3));
  const total = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((valueMinor * w) / total));
  const allButLast = parts.slice(0, -1).reduce((a, b) => a + b, 0);
  parts[parts.length - 1] = valueMinor - allButLast;
  return parts;
}

/** Executions inside 2022–2024 only: earlier quarters predate the system, later ones are the future. */
function executions(
  rng: Rng,
  contract: Pick<DemoContract, 'signedOn' | 'currency' | 'valueMinor' | 'rateToCny'>,
  quarters: number,
) {
  const first = quarterIndexOf(contract.signedOn);
  const result: DemoContractExecution[] = [];
  splitMinor(rng, contract.valueMinor, quarters).forEach((amountMinor, i) => {
    const quarter = quarterAt(first + i);
    if (quarter.index < 0 || quarter.index > LAST_QUARTER_INDEX) return;
    const amountFen = minorUnitsToFen(amountMinor, contract.currency, contract.rateToCny);
    result.push({ periodStart: quarter.start, periodEnd: quarter.end, amountMinor, amountFen });
  });
  return result;
}

function drawContract(rng: Rng, profile: EnterpriseProfile, n: number): DemoContract {
  const { enterprise } = profile;
  const clientCountry = rng.weighted(profile.marketMix);
  const serviceCode = rng.weighted(profile.serviceMix.filter(([code]) => isServiceOutsourcing(code)));
  const signedOn = randomDateBetween(rng, laterDate(enterprise.foundedOn, '2021-07-01'), '2024-11-30');
  // A contract must reach into 2022 so that it has at least one execution on record.
  const quarters = Math.max(rng.int(2, 8), 1 - quarterIndexOf(signedOn));
  const currency = CURRENCY_BY_COUNTRY[clientCountry] ?? 'USD';
  const rate = rateToCny(currency, Number(signedOn.slice(0, 4)));
  const countryWeight = profile.marketMix.find(([c]) => c === clientCountry)?.[1] ?? 0.1;
  const annualCny = profile.headcountAtStart * profile.revenueCnyPerEmployeeYear * countryWeight;
  const plannedFen = Math.max(20_000_000, annualCny * rng.range(0.1, 0.4) * (quarters / 4) * 100);
  // Contracts are priced in round sums: 1,000 yen / won, or whole units of a two-decimal currency.
  const step = currency === 'JPY' || currency === 'KRW' ? 1_000 : 100;
  const valueMinor = Math.max(1, Math.round(fenToMinor(plannedFen, currency, rate) / step)) * step;
  const base = { signedOn, currency, valueMinor, rateToCny: rate };
  return {
    key: `${enterprise.key}-c${n}`,
    enterpriseKey: enterprise.key,
    // n is unique within the enterprise, so the reference is too; the year makes it look like a real one.
    reference: `C-${signedOn.slice(0, 4)}-${String(n).padStart(4, '0')}`,
    clientName: clientName(rng, clientCountry),
    clientCountry,
    serviceCode,
    ...base,
    valueFen: minorUnitsToFen(valueMinor, currency, rate),
    executions: executions(rng, base, quarters),
  };
}

/** One to three contracts per firm, two more for the large delivery centres. */
export function generateContracts(rng: Rng, profiles: readonly EnterpriseProfile[]): DemoContract[] {
  return profiles.flatMap((profile) => {
    const r = rng.fork(`contracts:${profile.enterprise.key}`);
    const count = r.int(1, 3) + (profile.headcountAtStart >= 400 ? 2 : 0);
    return Array.from({ length: count }, (_, i) => drawContract(r, profile, i + 1));
  });
}
