import { findServiceCode, isSoftwareCode } from '../catalogue/service-codes.ts';
import { isoDate, randomDateBetween } from './calendar.ts';
import type { Rng } from './prng.ts';

/**
 * Headcount buckets [min, max, weight]: heavy-tailed like the industry — most firms employ 20–150,
 * about 3–4% employ 800–3000 (the city's few large delivery centres).
 */
const HEADCOUNT_BUCKETS: readonly (readonly [number, number, number])[] = [
  [20, 40, 25],
  [40, 80, 33],
  [80, 150, 26],
  [150, 400, 8.5],
  [400, 800, 4],
  [800, 1500, 2.3],
  [1500, 3000, 1.2],
];

export function drawHeadcount(rng: Rng): number {
  const [min, max] = rng.weighted(HEADCOUNT_BUCKETS.map((b) => [b, b[2]] as const));
  const u = rng.next();
  // u² leans towards the bucket's low end, continuing the tail inside each bucket.
  return Math.round(min + (max - min) * u * u);
}

/** Main service code by share of firms; big delivery centres are almost always software houses. */
const MAIN_CODE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['ITO-01', 38],
  ['ITO-06', 20],
  ['ITO-02', 17],
  ['ITO-03', 5],
  ['ITO-05', 4],
  ['ITO-04', 1.5],
  ['BPO-01', 2.5],
  ['BPO-02', 4],
  ['BPO-03', 0.5],
  ['KPO-01', 2],
  ['KPO-02', 0.5],
  ['KPO-03', 2.5],
  ['KPO-04', 1.5],
  ['KPO-05', 1],
];

export function drawMainServiceCode(rng: Rng, headcount: number): string {
  const code = rng.weighted(MAIN_CODE_WEIGHTS);
  const softwareChance = headcount >= 400 ? 0.9 : headcount >= 150 ? 0.35 : 0;
  if (!isSoftwareCode(code) && rng.chance(softwareChance)) return 'ITO-01';
  return code;
}

/** Founding date: most firms predate 2022; ~15% are founded in 2022–2024 and file from then on. */
export function drawFoundedOn(rng: Rng, headcount: number): string {
  if (headcount < 150 && rng.chance(0.15)) return randomDateBetween(rng, '2022-01-01', '2024-09-30');
  const earliest = headcount >= 400 ? 2003 : 2006;
  const latest = headcount >= 400 ? 2015 : 2021;
  return isoDate(rng.int(earliest, latest), rng.int(1, 12), rng.int(1, 28));
}

/**
 * Gross wage per employee-year in 2022, CNY. Jiangxi's IT-services average wage is in the
 * CNY 90–130k band; contact-centre/BPO work pays less, IC design more, foreign employers a premium.
 */
export function drawWageCnyPerYear(rng: Rng, mainCode: string, headcount: number, foreignInvested: boolean) {
  const serviceClass = findServiceCode(mainCode)?.serviceClass;
  let wage = serviceClass === 'BPO' ? rng.range(68_000, 88_000) : rng.range(92_000, 122_000);
  if (mainCode === 'ITO-04') wage = rng.range(120_000, 140_000);
  if (foreignInvested) wage *= 1.08;
  if (headcount >= 400) wage *= 1.05;
  return Math.round(wage / 100) * 100;
}

export function drawCollegeShare(rng: Rng, mainCode: string): number {
  const serviceClass = findServiceCode(mainCode)?.serviceClass;
  if (serviceClass === 'BPO') return rng.range(0.7, 0.85);
  if (isSoftwareCode(mainCode)) return rng.range(0.82, 0.95);
  return rng.range(0.75, 0.92);
}

/** Office electricity per employee-year: 2,500–4,500 kWh, more where test labs or render farms run. */
export function drawElectricityKwhPerEmployeeYear(rng: Rng, mainCode: string): number {
  const labs = mainCode === 'ITO-03' || mainCode === 'ITO-05' || mainCode === 'KPO-03';
  return Math.round(rng.range(2_500, 4_500) + (labs ? rng.range(400, 1_000) : 0));
}

/** Annual headcount growth: small firms grow faster; the big centres grow steadily. */
export function drawGrowthPerYear(rng: Rng, headcount: number): number {
  const growth = headcount >= 400 ? rng.bell(0.05, 0.03) : rng.bell(0.09, 0.06);
  return Math.max(-0.08, growth);
}
