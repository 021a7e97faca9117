import { DISTRICT_WEIGHTS, RENT_CNY_PER_M2_MONTH } from './districts.ts';
import type { Rng } from './prng.ts';

export interface Location {
  districtKey: string;
  parkKey: string | null;
  rentCnyPerM2Month: number;
}

/** Finance back offices and analytics cluster in the Honggutan CBD; creative studios in its VR park. */
const PREFERRED: Readonly<Record<string, readonly [district: string, park: string]>> = {
  'BPO-01': ['honggutan', 'honggutan-finance-park'],
  'BPO-02': ['honggutan', 'honggutan-finance-park'],
  'KPO-04': ['honggutan', 'honggutan-finance-park'],
  'KPO-03': ['honggutan', 'vr-creative-park'],
};

function parkIn(rng: Rng, districtKey: string): string | null {
  if (districtKey === 'hitech') {
    return rng.weighted<string | null>([
      ['so-core', 3],
      ['hitech-software-park', 4],
      [null, 3],
    ]);
  }
  if (districtKey === 'etdz') return rng.chance(0.5) ? 'etdz-outsourcing-park' : null;
  if (districtKey === 'honggutan') {
    return rng.weighted<string | null>([
      ['honggutan-finance-park', 1.5],
      ['vr-creative-park', 1],
      [null, 7.5],
    ]);
  }
  return null;
}

export function drawLocation(rng: Rng, mainServiceCode: string): Location {
  const preferred = PREFERRED[mainServiceCode];
  let districtKey: string;
  let parkKey: string | null;
  if (preferred && rng.chance(0.65)) {
    districtKey = preferred[0];
    parkKey = rng.chance(0.75) ? preferred[1] : null;
  } else {
    districtKey = rng.weighted(DISTRICT_WEIGHTS);
    parkKey = parkIn(rng, districtKey);
  }
  const [min, max] = RENT_CNY_PER_M2_MONTH[districtKey] ?? [40, 60];
  // Parks let space below the district's market rate to attract tenants.
  const parkDiscount = parkKey ? 0.9 : 1;
  return {
    districtKey,
    parkKey,
    rentCnyPerM2Month: Math.round(rng.range(min, max) * parkDiscount * 10) / 10,
  };
}
