import type { OwnershipKind } from '../catalogue/other-codes.ts';
import { minorUnitsToFen } from '../money/money.ts';
import type { DemoEnterprise } from './demo-city.types.ts';
import { fenToMinor, rateToCny } from './money.ts';
import type { Rng } from './prng.ts';

const OWNERSHIP_WEIGHTS: readonly (readonly [OwnershipKind, number])[] = [
  ['private', 63],
  ['state', 6],
  ['foreign', 13],
  ['joint-venture', 8],
  ['hmt', 10],
];

const INVESTORS: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  foreign: [
    ['JP', 50],
    ['US', 20],
    ['SG', 12],
    ['KR', 10],
    ['DE', 8],
  ],
  'joint-venture': [
    ['JP', 40],
    ['US', 25],
    ['SG', 15],
    ['DE', 10],
    ['KR', 10],
  ],
  hmt: [
    ['HK', 72],
    ['TW', 18],
    ['MO', 10],
  ],
};

/** FDI is booked in the investor's usual capital currency: KR, SG and TW investors remit USD. */
const FDI_CURRENCY: Readonly<Record<string, string>> = { JP: 'JPY', DE: 'EUR', HK: 'HKD', MO: 'HKD' };

export type OwnershipDraw = Pick<
  DemoEnterprise,
  'ownership' | 'investorCountry' | 'fdi' | 'registeredCapitalFen'
>;

/** Capital is registered in round sums: 10k CNY (1,000,000 fen). */
function roundCapitalFen(fen: number): number {
  return Math.max(1, Math.round(fen / 1_000_000)) * 1_000_000;
}

function drawFdi(rng: Rng, country: string, headcount: number, foundedYear: number, share: number) {
  const currency = FDI_CURRENCY[country] ?? 'USD';
  const rate = rateToCny(currency, foundedYear);
  // Paid-in capital of CNY 40–120k per head, at least CNY 2M: a light-asset office business.
  const plannedFen = Math.max(200_000_000, headcount * rng.range(4_000_000, 12_000_000)) * share;
  // Capital is remitted in round sums: 1M yen / won, or 1,000 units of a two-decimal currency.
  const step = currency === 'JPY' ? 1_000_000 : 100_000;
  const amountMinor = Math.max(1, Math.round(fenToMinor(plannedFen, currency, rate) / step)) * step;
  return { currency, amountMinor, amountFen: minorUnitsToFen(amountMinor, currency, rate), rateToCny: rate };
}

export function drawOwnership(rng: Rng, headcount: number, foundedYear: number): OwnershipDraw {
  const ownership = headcount >= 800 && rng.chance(0.5) ? 'private' : rng.weighted(OWNERSHIP_WEIGHTS);
  const investors = INVESTORS[ownership];
  if (!investors) {
    const perHeadFen =
      ownership === 'state' ? rng.range(8_000_000, 15_000_000) : rng.range(3_000_000, 8_000_000);
    return {
      ownership,
      investorCountry: null,
      fdi: null,
      registeredCapitalFen: roundCapitalFen(Math.max(100_000_000, headcount * perHeadFen)),
    };
  }
  const investorCountry = rng.weighted(investors);
  // The investor's stake: all of a WFOE, 30–70% of a JV, 60–100% of an HMT-invested firm.
  const share =
    ownership === 'foreign' ? 1 : ownership === 'joint-venture' ? rng.range(0.3, 0.7) : rng.range(0.6, 1);
  const fdi = drawFdi(rng, investorCountry, headcount, foundedYear, share);
  return { ownership, investorCountry, fdi, registeredCapitalFen: roundCapitalFen(fdi.amountFen / share) };
}
