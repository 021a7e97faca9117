/**
 * City aggregation over 1,000,000 synthetic period results, timed against a hand-written loop over the
 * same plain array of rows computing the same totals (no registry, no accumulator class, no Decimal).
 * Run: npx tsx bench/aggregate.bench.ts
 */
import type { IndicatorRow, OwnershipKind, PeriodResult } from '@greenshore/core';
import {
  aggregateCity,
  calculatePeriod,
  DEFAULT_FACTOR_LIBRARY,
  FOCUS_AREAS,
  filingSchema,
} from '@greenshore/core';

const ROWS = 1_000_000;
const ENTERPRISES = 250_000; // four quarters each
const RUNS = 5;
const QUARTERS = [
  ['2022-01-01', '2022-03-31', 90],
  ['2022-04-01', '2022-06-30', 91],
  ['2022-07-01', '2022-09-30', 92],
  ['2022-10-01', '2022-12-31', 92],
] as const;
const OWNERSHIP: readonly OwnershipKind[] = [
  'private',
  'private',
  'state',
  'foreign',
  'joint-venture',
  'hmt',
];
const COUNTRIES = ['CN', 'JP', 'US', 'HK', 'DE', 'TW'];

/** An element that exists by construction (the index is always in range). */
function pick<T>(items: readonly T[], index: number): T {
  return items[index] as T;
}

/** mulberry32: a small deterministic PRNG, so every run builds the same rows. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const template = filingSchema.parse({
  period: { start: '2022-01-01', end: '2022-03-31' },
  revenue: [{ category: 'ITO-01', amountCny: 1, clientCountry: 'JP' }],
  employees: { average: 1, collegeEducated: 1 },
  costs: { rentCny: 0, utilitiesCny: 0, otherIntermediateCny: 0, depreciationCny: 0, labourCny: 0 },
});
const shared = calculatePeriod(template, DEFAULT_FACTOR_LIBRARY); // parts the aggregation never reads

function syntheticResult(rand: () => number, q: (typeof QUARTERS)[number]): PeriodResult {
  const so = Math.floor(rand() * 5e8) / 100;
  const offshore = Math.floor(so * rand() * 100) / 100;
  const kwh = Math.floor(rand() * 200_000);
  const location = Math.round(kwh * 0.5395 * 1e6) / 1e6;
  const market = Math.round(kwh * (1 - rand() * 0.3) * 0.5856 * 1e6) / 1e6;
  const byFocusArea = Object.fromEntries(
    FOCUS_AREAS.map((f) => [f, 0]),
  ) as PeriodResult['structure']['byFocusArea'];
  const focusIndex = Math.floor(rand() * 8);
  byFocusArea[pick(FOCUS_AREAS, focusIndex)] = so;
  const country = pick(COUNTRIES, 1 + Math.floor(rand() * 5));
  const byClientCountry =
    offshore === so
      ? { [country]: so }
      : { CN: Math.round((so - offshore) * 100) / 100, [country]: offshore };
  const structure = {
    ...shared.structure,
    serviceOutsourcingRevenueCny: so,
    offshoreRevenueCny: offshore,
    softwareRevenueCny: focusIndex < 2 ? so : 0, // software-development, software-testing
    byClass: { ITO: so, BPO: 0, KPO: 0 },
    byFocusArea,
    byClientCountry,
  };
  return {
    ...shared,
    period: { start: q[0], end: q[1], days: q[2], year: 2022 },
    emissions: {
      ...shared.emissions,
      totalLocationKgCo2e: location,
      totalMarketKgCo2e: market,
      scope2LocationKgCo2e: location,
    },
    energy: { ...shared.energy, electricityKwh: kwh, tceCalorific: Math.round(kwh * 122.9) / 1e6 },
    structure,
    fiscal: { ...shared.fiscal, taxesPaidCny: Math.floor(rand() * 5e7) / 100 },
    valueAdded: { ...shared.valueAdded, valueAddedCny: Math.floor((rand() - 0.1) * 4e8) / 100 },
  };
}

function buildRows(): IndicatorRow[] {
  const rand = prng(20260101);
  const rows: IndicatorRow[] = new Array(ROWS);
  for (let i = 0; i < ROWS; i++) {
    const e = i % ENTERPRISES;
    const average = 5 + Math.floor(rand() * 500);
    const employees = {
      average,
      collegeEducated: Math.floor(average * rand()),
      newHires: 3,
      newGraduateHires: 2,
    };
    const ownership = pick(OWNERSHIP, e % OWNERSHIP.length);
    const enterprise = {
      id: `E${e}`,
      districtCode: '360102',
      parkId: null,
      ownership,
      mainFocusArea: 'software-development' as const,
      fdiFen: ownership === 'foreign' ? 100_000_00 : null,
    };
    rows[i] = {
      result: syntheticResult(rand, pick(QUARTERS, Math.floor(i / ENTERPRISES))),
      filing: { ...template, employees },
      enterprise,
      year: 2022,
    };
  }
  return rows;
}

/** The reference: one plain loop, the same totals, no abstractions. */
function handLoop(rows: IndicatorRow[]) {
  let soFen = 0,
    offshoreFen = 0,
    taxesFen = 0,
    vaFen = 0,
    location = 0,
    market = 0,
    kwh = 0,
    fdiFen = 0;
  const perEnterprise = new Map<string, { hd: number; d: number }>();
  for (let i = 0; i < rows.length; i++) {
    const { result: r, filing, enterprise } = pick(rows, i);
    soFen += Math.round(r.structure.serviceOutsourcingRevenueCny * 100);
    offshoreFen += Math.round(r.structure.offshoreRevenueCny * 100);
    taxesFen += Math.round(r.fiscal.taxesPaidCny * 100);
    vaFen += Math.round(r.valueAdded.valueAddedCny * 100);
    location += r.emissions.totalLocationKgCo2e;
    market += r.emissions.totalMarketKgCo2e;
    kwh += r.energy.electricityKwh;
    let e = perEnterprise.get(enterprise.id);
    if (e === undefined) {
      e = { hd: 0, d: 0 };
      perEnterprise.set(enterprise.id, e);
      if (enterprise.fdiFen !== null) fdiFen += enterprise.fdiFen;
    }
    e.hd += filing.employees.average * r.period.days;
    e.d += r.period.days;
  }
  let headcount = 0;
  for (const e of perEnterprise.values()) headcount += e.hd / e.d;
  return { soFen, offshoreFen, taxesFen, vaFen, location, market, kwh, fdiFen, headcount };
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

const median = (xs: number[]) =>
  pick(
    [...xs].sort((a, b) => a - b),
    Math.floor(xs.length / 2),
  );

function assertAgree(city: ReturnType<typeof aggregateCity>, ref: ReturnType<typeof handLoop>): void {
  const v = city.values;
  const exact: [string, number | null, number][] = [
    ['service outsourcing', v['structure.serviceOutsourcingRevenueCny'], ref.soFen / 100],
    ['offshore', v['structure.offshoreRevenueCny'], ref.offshoreFen / 100],
    ['taxes', v['fiscal.taxesPaidCny'], ref.taxesFen / 100],
    ['value added', v['lowCarbon.valueAddedCny'], ref.vaFen / 100],
    ['FDI', v['foreignCapital.fdiUtilisedCny'], ref.fdiFen / 100],
    ['headcount', v['employment.headcount'], Math.round(ref.headcount * 1e6) / 1e6],
  ];
  const close: [string, number | null, number][] = [
    ['location kg', v['environment.totalLocationKgCo2e'], ref.location],
    ['market kg', v['environment.totalMarketKgCo2e'], ref.market],
    ['kWh', v['environment.electricityKwh'], ref.kwh],
  ];
  for (const [name, got, want] of exact) if (got !== want) throw new Error(`${name}: ${got} ≠ ${want}`);
  // The reference sums floats; the aggregation is exact: they agree to float rounding.
  for (const [name, got, want] of close)
    if (Math.abs((got ?? Number.NaN) - want) > Math.abs(want) * 1e-9)
      throw new Error(`${name}: ${got} ≠ ${want}`);
}

function main(): void {
  const built = time(buildRows);
  console.log(`built ${ROWS.toLocaleString('en')} rows in ${built.ms.toFixed(0)} ms`);
  const rows = built.value;
  console.log(`heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
  const aggMs: number[] = [];
  const refMs: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const agg = time(() => aggregateCity(rows, 2022, { benchmarkKgCo2ePer10kCnyValueAdded: 1500 }));
    const ref = time(() => handLoop(rows));
    assertAgree(agg.value, ref.value);
    if (run === 0) continue; // the first run warms the JIT up
    aggMs.push(agg.ms);
    refMs.push(ref.ms);
  }
  const [a, r] = [median(aggMs), median(refMs)];
  console.log(
    `aggregateCity: median ${a.toFixed(1)} ms over ${RUNS} warm runs (${((a * 1e6) / ROWS).toFixed(0)} ns/row)`,
  );
  console.log(`hand-written loop: median ${r.toFixed(1)} ms`);
  console.log(`totals agree; ratio aggregateCity / hand loop = ${(a / r).toFixed(2)}× (aim ≤ 5×)`);
}

main();
