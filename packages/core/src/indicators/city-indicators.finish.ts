import type { Dec } from '../calc/rounding.ts';
import { dec, ratioOrNull, roundOrNull, roundTo } from '../calc/rounding.ts';
import { OWNERSHIP_KINDS } from '../catalogue/other-codes.ts';
import { FOCUS_AREAS, SERVICE_CLASSES } from '../catalogue/service-codes.ts';
import type { CityAccumulator } from './city.accumulator.ts';
import type { AggregateOptions, BreakdownEntry, CityIndicators } from './indicator.types.ts';

const HMT = new Set(['HK', 'MO', 'TW']);

type Values = CityIndicators['values'];
type EconomyKey = Extract<
  keyof Values,
  `fiscal.${string}` | `foreignCapital.${string}` | `structure.${string}`
>;
type EconomyValues = Pick<Values, EconomyKey>;
type PeoplePlanetValues = Omit<Values, EconomyKey>;

/** The year's totals as Decimals, from the accumulator's integer sums. */
interface Totals {
  so: Dec;
  offshore: Dec;
  taxes: Dec;
  valueAdded: Dec;
  kwh: Dec;
  location: Dec;
  headcount: Dec;
  college: Dec;
}

const cny = (fen: number) => dec(fen).div(100);

/** Turns one year's sums into the registry's indicators: the only place with Decimals. */
export function finishCityIndicators(acc: CityAccumulator, options: AggregateOptions): CityIndicators {
  const totals: Totals = {
    so: cny(acc.serviceOutsourcingFen),
    offshore: cny(acc.offshoreFen),
    taxes: cny(acc.taxesFen),
    valueAdded: cny(acc.valueAddedFen),
    kwh: acc.electricityKwh.toDecimal(),
    location: acc.locationKg.toDecimal(),
    ...headcountOf(acc),
  };
  return {
    year: acc.year,
    rowCount: acc.rowCount,
    enterpriseCount: acc.enterprises.size,
    values: { ...economyValues(acc, totals), ...peoplePlanetValues(acc, totals, options) },
    breakdowns: breakdownsOf(acc),
  };
}

function economyValues(acc: CityAccumulator, t: Totals): EconomyValues {
  return {
    'fiscal.taxesPaidCny': roundTo(t.taxes, 'cny'),
    'fiscal.taxesPerEmployeeCny': roundOrNull(ratioOrNull(t.taxes, t.headcount), 'cny'),
    'fiscal.taxesPerKwhCny': share(t.taxes, t.kwh),
    'foreignCapital.fdiUtilisedCny': roundTo(cny(acc.fdiFen), 'cny'),
    'foreignCapital.foreignInvestedRevenueShare': share(cny(acc.foreignServiceOutsourcingFen), t.so),
    'foreignCapital.foreignInvestedOffshoreShare': share(cny(acc.foreignOffshoreFen), t.offshore),
    'foreignCapital.foreignInvestedEnterprises': acc.foreignEnterprises,
    'structure.serviceOutsourcingRevenueCny': roundTo(t.so, 'cny'),
    'structure.offshoreRevenueCny': roundTo(t.offshore, 'cny'),
    'structure.offshoreShare': share(t.offshore, t.so),
    'structure.softwareShare': share(cny(acc.softwareFen), t.so),
    'structure.hhi': hhiOf(acc),
  };
}

function peoplePlanetValues(acc: CityAccumulator, t: Totals, options: AggregateOptions): PeoplePlanetValues {
  const va10k = t.valueAdded.div(10_000);
  const benchmark = options.benchmarkKgCo2ePer10kCnyValueAdded;
  const hasBenchmark = benchmark !== undefined && benchmark !== null && !t.valueAdded.isZero();
  const avoided = hasBenchmark ? va10k.mul(benchmark).minus(t.location) : null;
  return {
    'employment.headcount': roundTo(t.headcount, 'quantity'),
    'employment.collegeEducated': roundTo(t.college, 'quantity'),
    'employment.collegeShare': share(t.college, t.headcount),
    'employment.newHires': roundTo(acc.newHires.toDecimal(), 'quantity'),
    'employment.newGraduateHires': roundTo(acc.newGraduateHires.toDecimal(), 'quantity'),
    'environment.totalLocationKgCo2e': roundTo(t.location, 'quantity'),
    'environment.totalMarketKgCo2e': roundTo(acc.marketKg.toDecimal(), 'quantity'),
    'environment.electricityKwh': roundTo(t.kwh, 'quantity'),
    'environment.greenElectricityShare': share(acc.greenKwh.toDecimal(), t.kwh),
    'environment.tceCalorific': roundTo(acc.tceCalorific.toDecimal(), 'quantity'),
    'lowCarbon.valueAddedCny': roundTo(t.valueAdded, 'cny'),
    'lowCarbon.kgCo2ePer10kCnyValueAdded': share(t.location, va10k),
    'lowCarbon.tcePer10kCnyValueAdded': share(acc.tceCalorific.toDecimal(), va10k),
    'lowCarbon.jobsPerGwh': share(t.headcount, t.kwh.div(1_000_000)),
    'lowCarbon.avoidedKgCo2e': roundOrNull(avoided, 'quantity'),
  };
}

function share(numerator: Dec, denominator: Dec): number | null {
  return roundOrNull(ratioOrNull(numerator, denominator), 'ratio');
}

/**
 * Headcount rule: per enterprise and year, the day-weighted mean of its periods' average headcount
 * (Σ average × days ÷ Σ days, over the periods it filed); the city's headcount is the sum over
 * enterprises. Quarterly, monthly and annual filings thus weigh by the time they cover.
 */
function headcountOf(acc: CityAccumulator): { headcount: Dec; college: Dec } {
  let headcount = 0;
  let college = 0;
  for (const e of acc.enterprises.values()) {
    headcount += e.headcountDays / e.days;
    college += e.collegeDays / e.days;
  }
  return { headcount: dec(headcount), college: dec(college) };
}

/** Herfindahl–Hirschman index on the 0–10 000 scale over enterprises' service-outsourcing revenue. */
function hhiOf(acc: CityAccumulator): number | null {
  if (acc.serviceOutsourcingFen === 0) return null;
  let sumOfSquares = 0;
  for (const e of acc.enterprises.values()) {
    const s = e.serviceOutsourcingFen / acc.serviceOutsourcingFen;
    sumOfSquares += s * s;
  }
  return roundTo(dec(sumOfSquares).mul(10_000), 'ratio');
}

function breakdownsOf(acc: CityAccumulator): CityIndicators['breakdowns'] {
  const market = { onshore: 0, hmt: 0, overseas: 0 };
  const countries = [...acc.countryFen.keys()].sort();
  for (const country of countries) {
    const amount = acc.countryFen.get(country) ?? 0;
    if (country === 'CN') market.onshore += amount;
    else if (HMT.has(country)) market.hmt += amount;
    else market.overseas += amount;
  }
  return {
    'structure.byClass': breakdown(SERVICE_CLASSES, (_, i) => acc.classFen[i] ?? 0),
    'structure.byFocusArea': breakdown(FOCUS_AREAS, (_, i) => acc.focusFen[i] ?? 0),
    'structure.byClientMarket': breakdown(['onshore', 'hmt', 'overseas'] as const, (k) => market[k]),
    'structure.byClientCountry': breakdown(countries, (k) => acc.countryFen.get(k) ?? 0),
    'structure.byOwnership': breakdown(OWNERSHIP_KINDS, (_, i) => acc.ownershipFen[i] ?? 0),
  };
}

function breakdown<K extends string>(
  keys: readonly K[],
  fenOf: (key: K, index: number) => number,
): Record<string, BreakdownEntry> {
  const fens = keys.map(fenOf);
  const total = dec(fens.reduce((a, b) => a + b, 0));
  const entries: Record<string, BreakdownEntry> = {};
  keys.forEach((key, i) => {
    const amount = dec(fens[i] ?? 0);
    entries[key] = { amountCny: roundTo(amount.div(100), 'cny'), share: share(amount, total) };
  });
  return entries;
}
