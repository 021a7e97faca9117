import { isSoftwareCode } from '../catalogue/service-codes.ts';
import type { MixItem } from './enterprise-profile.ts';
import type { Rng } from './prng.ts';

const SOFTWARE_CODES = ['ITO-01', 'ITO-02', 'ITO-06', 'ITO-03'] as const;
const SIDE_LINE_CODES = ['ITO-05', 'KPO-04', 'BPO-01', 'ITO-04', 'KPO-01'] as const;

/** Offshore markets by weight: Japan leads, as for most central-China outsourcing cities. */
export const OFFSHORE_MARKET_WEIGHTS: readonly (readonly [string, number])[] = [
  ['JP', 46],
  ['US', 16],
  ['HK', 14],
  ['KR', 9],
  ['SG', 7],
  ['DE', 5],
  ['TW', 2],
  ['MO', 1],
];

function normalise(items: MixItem[]): MixItem[] {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  return items.map(([key, w]) => [key, w / total] as const);
}

/** The firm's revenue by service code: a dominant main code plus occasional side lines. */
export function drawServiceMix(rng: Rng, mainCode: string): MixItem[] {
  const items: MixItem[] = [[mainCode, 1]];
  const software = isSoftwareCode(mainCode);
  if (rng.chance(software ? 0.6 : 0.4)) {
    const other = rng.pick(SOFTWARE_CODES.filter((c) => c !== mainCode));
    items.push([other, software ? rng.range(0.1, 0.35) : rng.range(0.05, 0.25)]);
  }
  if (rng.chance(0.3)) {
    const side = rng.pick(SIDE_LINE_CODES.filter((c) => c !== mainCode));
    items.push([side, software ? rng.range(0.02, 0.1) : rng.range(0.05, 0.2)]);
  }
  // Non-outsourcing revenue (hardware resale, domestic integration) is small and always onshore.
  if (rng.chance(0.25)) items.push(['OTHER', rng.range(0.02, 0.08)]);
  return normalise(items);
}

function drawOffshoreShare(rng: Rng, foreignInvested: boolean, mainCode: string): number {
  let share: number;
  if (foreignInvested) share = rng.range(0.55, 0.95);
  else if (rng.chance(0.3)) share = rng.range(0.35, 0.85);
  else share = rng.range(0, 0.15);
  // Financial back offices and contact centres serve mostly domestic banks and insurers.
  return mainCode === 'BPO-02' ? share * 0.5 : share;
}

/** The firm's revenue by client country; the investor's home market comes first. */
export function drawMarketMix(rng: Rng, investorCountry: string | null, mainCode: string): MixItem[] {
  const offshoreShare = drawOffshoreShare(rng, investorCountry !== null, mainCode);
  // Nanchang's offshore houses grew up on Japanese work: a domestic firm's lead market is usually JP.
  const countries: string[] = [
    investorCountry ?? (rng.chance(0.55) ? 'JP' : rng.weighted(OFFSHORE_MARKET_WEIGHTS)),
  ];
  const wanted = rng.weighted([
    [1, 5],
    [2, 3],
    [3, 2],
  ] as const);
  for (let i = 0; i < 10 && countries.length < wanted; i++) {
    const country = rng.weighted(OFFSHORE_MARKET_WEIGHTS);
    if (!countries.includes(country)) countries.push(country);
  }
  const weights = countries.map((_, i) => (i === 0 ? rng.range(1.5, 3) : rng.range(0.4, 1)));
  const total = weights.reduce((a, b) => a + b, 0);
  const items: MixItem[] = countries.map((c, i) => [c, (offshoreShare * (weights[i] ?? 0)) / total] as const);
  if (offshoreShare < 0.999) items.push(['CN', 1 - offshoreShare]);
  return items.filter(([, w]) => w > 0.005);
}
