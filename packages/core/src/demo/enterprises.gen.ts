import { isForeignInvested } from '../catalogue/other-codes.ts';
import { quarterIndexOf } from './calendar.ts';
import { drawCertifications } from './certifications.gen.ts';
import type { DemoEnterprise } from './demo-city.types.ts';
import { findDistrict } from './districts.ts';
import { createNameFactory, type EnterpriseName, type NameRequest } from './enterprise-names.ts';
import type { EnterpriseProfile } from './enterprise-profile.ts';
import {
  drawCollegeShare,
  drawElectricityKwhPerEmployeeYear,
  drawFoundedOn,
  drawGrowthPerYear,
  drawHeadcount,
  drawMainServiceCode,
  drawWageCnyPerYear,
} from './enterprise-traits.ts';
import { drawLocation } from './location.gen.ts';
import { drawMarketMix, drawServiceMix } from './mixes.ts';
import { drawOwnership } from './ownership.gen.ts';
import type { Rng } from './prng.ts';
import { createUsccFactory } from './uscc-gen.ts';

interface Factories {
  name: (request: NameRequest) => EnterpriseName;
  uscc: (prefix2: string, divisionCode: string, modern: boolean) => string;
}

function offshoreShareOf(profile: Pick<EnterpriseProfile, 'marketMix'>): number {
  return profile.marketMix.reduce((sum, [country, w]) => (country === 'CN' ? sum : sum + w), 0);
}

function drawEnterprise(rng: Rng, index: number, factories: Factories) {
  const sizedHeadcount = drawHeadcount(rng);
  const mainServiceCode = drawMainServiceCode(rng, sizedHeadcount);
  const foundedOn = drawFoundedOn(rng, sizedHeadcount);
  const firstQuarterIndex = Math.max(0, quarterIndexOf(foundedOn));
  // Firms founded inside the window start small and file from their founding quarter.
  const headcount = firstQuarterIndex > 0 ? rng.int(12, 40) : sizedHeadcount;
  const owner = drawOwnership(rng, headcount, Number(foundedOn.slice(0, 4)));
  const location = drawLocation(rng, mainServiceCode);
  const marketMix = drawMarketMix(rng, owner.investorCountry, mainServiceCode);
  const name = factories.name({ mainServiceCode, ownership: owner.ownership });
  const division = findDistrict(location.districtKey).code;
  const enterprise: DemoEnterprise = {
    key: `ent-${String(index + 1).padStart(3, '0')}`,
    uscc: factories.uscc('91', division, foundedOn >= '2015-10-01'),
    ...name,
    districtKey: location.districtKey,
    parkKey: location.parkKey,
    ...owner,
    foundedOn,
    tase: false,
    certifications: drawCertifications(rng, {
      headcount,
      mainServiceCode,
      offshoreShare: offshoreShareOf({ marketMix }),
      foundedOn,
    }),
    mainServiceCode,
  };
  return { enterprise, headcount, firstQuarterIndex, location, marketMix };
}

function drawProfile(rng: Rng, index: number, factories: Factories): EnterpriseProfile {
  const drawn = drawEnterprise(rng, index, factories);
  const { enterprise, headcount, firstQuarterIndex, location, marketMix } = drawn;
  const code = enterprise.mainServiceCode;
  const foreignInvested = isForeignInvested(enterprise.ownership);
  const wageCnyPerYear = drawWageCnyPerYear(rng, code, headcount, foreignInvested);
  const socialInsuranceRate = rng.range(0.3, 0.36);
  const offshore = offshoreShareOf({ marketMix });
  // Offshore clients pay a premium over domestic rates, so offshore-heavy firms mark up more.
  const markup = rng.range(1.4, 1.9) + 0.15 * offshore;
  const collegeShare = drawCollegeShare(rng, code);
  return {
    enterprise: {
      ...enterprise,
      tase: isTaseCandidate(offshore, collegeShare, headcount) && rng.chance(0.6),
    },
    firstQuarterIndex,
    headcountAtStart: headcount,
    growthPerYear: drawGrowthPerYear(rng, headcount),
    attritionPerQuarter: rng.range(0.025, 0.05),
    wageCnyPerYear,
    socialInsuranceRate,
    revenueCnyPerEmployeeYear: wageCnyPerYear * (1 + socialInsuranceRate) * markup,
    collegeShare,
    serviceMix: drawServiceMix(rng, code),
    marketMix,
    rentCnyPerM2Month: location.rentCnyPerM2Month,
    m2PerEmployee: rng.range(8, 10),
    electricityKwhPerEmployeeYear: drawElectricityKwhPerEmployeeYear(rng, code),
    greenElectricityShare: rng.chance(foreignInvested ? 0.2 : 0.03) ? rng.range(0.2, 0.6) : 0,
    filesHardware: rng.chance(0.2),
    otherIntermediateShare: rng.range(0.05, 0.12),
    iitWithheldRate: rng.range(0.02, 0.04),
    inputVatCreditShare: rng.range(0.15, 0.3),
  };
}

/** TASE status needs ≥ 50% college staff and a large offshore share; only established firms apply. */
function isTaseCandidate(offshoreShare: number, collegeShare: number, headcount: number): boolean {
  return offshoreShare >= 0.4 && collegeShare >= 0.5 && headcount >= 50;
}

export function generateEnterprises(rng: Rng, count: number): EnterpriseProfile[] {
  const factories: Factories = {
    name: createNameFactory(rng.fork('names')),
    uscc: createUsccFactory(rng.fork('uscc')),
  };
  return Array.from({ length: count }, (_, i) => drawProfile(rng.fork(`enterprise:${i}`), i, factories));
}
