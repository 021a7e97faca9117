import type { OwnershipKind } from '../catalogue/other-codes.ts';
import { FIRST_SYLLABLES, INDUSTRY_WORDS, SECOND_SYLLABLES, type Syllable } from './names.ts';
import type { Rng } from './prng.ts';

export interface EnterpriseName {
  nameZh: string;
  nameEn: string;
}

export interface NameRequest {
  mainServiceCode: string;
  ownership: OwnershipKind;
}

/** Pinyin joins need an apostrophe before a vowel-initial syllable: 新安 is Xin'an, not Xinan. */
function tradeNameEn(first: Syllable, second: Syllable): string {
  const joiner = /^[aoe]/.test(second[1]) ? "'" : '';
  const word = `${first[1]}${joiner}${second[1]}`;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function compose(rng: Rng, request: NameRequest): EnterpriseName {
  const first = rng.pick(FIRST_SYLLABLES);
  let second = rng.pick(SECOND_SYLLABLES);
  if (second[0] === first[0]) second = rng.pick(SECOND_SYLLABLES);
  const tradeZh = `${first[0]}${second[0]}`;
  const tradeEn = tradeNameEn(first, second);
  const [industryZh, industryEn] = rng.pick(
    INDUSTRY_WORDS[request.mainServiceCode] ?? INDUSTRY_WORDS['ITO-01'] ?? [],
  );
  const foreignInvested = request.ownership !== 'private' && request.ownership !== 'state';
  // Foreign-invested firms are typically registered as "X (Nanchang) Co., Ltd."; locals lead with the place.
  if (foreignInvested && rng.chance(0.6)) {
    return {
      nameZh: `${tradeZh}${industryZh}（南昌）有限公司`,
      nameEn: `${tradeEn} ${industryEn} (Nanchang) Co., Ltd.`,
    };
  }
  const jiangxi = request.ownership === 'state' || rng.chance(0.3);
  const [placeZh, placeEn] = jiangxi ? ['江西', 'Jiangxi'] : ['南昌', 'Nanchang'];
  const form = request.ownership === 'state' ? '股份有限公司' : '有限公司';
  return {
    nameZh: `${placeZh}${tradeZh}${industryZh}${form}`,
    nameEn: `${placeEn} ${tradeEn} ${industryEn} Co., Ltd.`,
  };
}

/** Returns a name maker that never repeats a Chinese or an English name. */
export function createNameFactory(rng: Rng): (request: NameRequest) => EnterpriseName {
  const usedZh = new Set<string>();
  const usedEn = new Set<string>();
  return (request) => {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const name = compose(rng, request);
      if (usedZh.has(name.nameZh) || usedEn.has(name.nameEn)) continue;
      usedZh.add(name.nameZh);
      usedEn.add(name.nameEn);
      return name;
    }
    throw new Error('enterprise name space exhausted');
  };
}
