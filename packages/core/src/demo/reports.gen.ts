import { QUARTERS, type Quarter } from './calendar.ts';
import { compound, type EnterpriseProfile, WAGE_GROWTH_PER_YEAR } from './enterprise-profile.ts';
import { toFenPrecision } from './money.ts';
import type { Rng } from './prng.ts';
import type { ReportDraft, RevenueLine } from './report-draft.ts';

/** Revenue seasonality: Spring Festival depresses Q1, year-end project acceptance lifts Q4 (sums to 4). */
const REVENUE_SEASON = [0.88, 0.98, 1.0, 1.14] as const;
/** A new firm's first two quarters ramp up: its first contracts start part-way through. */
const RAMP_UP = [0.5, 0.8] as const;
/** Lines smaller than this share of the quarter are folded away, as filers do with crumbs. */
const MIN_LINE_WEIGHT = 0.012;

interface HeadcountPoint {
  headcount: number;
  newHires: number;
  newGraduateHires: number;
}

function hiresIn(profile: EnterpriseProfile, previous: number, headcount: number): number {
  if (previous > 0)
    return Math.max(0, headcount - previous + Math.round(previous * profile.attritionPerQuarter));
  // A new firm hires everyone in its first quarter; an established one replaces leavers and grows.
  if (profile.firstQuarterIndex > 0) return headcount;
  return Math.round(headcount * (profile.attritionPerQuarter + Math.max(0, profile.growthPerYear) / 4));
}

function headcountPath(rng: Rng, profile: EnterpriseProfile, quarters: readonly Quarter[]): HeadcountPoint[] {
  const points: HeadcountPoint[] = [];
  let previous = 0;
  for (const quarter of quarters) {
    const headcount =
      previous === 0
        ? profile.headcountAtStart
        : Math.max(5, Math.round(previous * (1 + profile.growthPerYear / 4 + rng.bell(0, 0.01))));
    const newHires = hiresIn(profile, previous, headcount);
    // Graduates join in July: Q3 hiring is mostly fresh graduates.
    const graduateShare = (quarter.quarter === 3 ? 0.65 : 0.25) * profile.collegeShare;
    points.push({ headcount, newHires, newGraduateHires: Math.round(newHires * graduateShare) });
    previous = headcount;
  }
  return points;
}

function revenueLines(rng: Rng, profile: EnterpriseProfile, revenueCny: number): RevenueLine[] {
  const lines: RevenueLine[] = [];
  for (const [category, serviceWeight] of profile.serviceMix) {
    // Non-outsourcing revenue (hardware resale, local integration) is sold at home.
    const markets = category === 'OTHER' ? ([['CN', 1]] as const) : profile.marketMix;
    for (const [clientCountry, marketWeight] of markets) {
      const weight = serviceWeight * marketWeight;
      if (weight < MIN_LINE_WEIGHT) continue;
      const amountCny = toFenPrecision(revenueCny * weight * rng.range(0.92, 1.08));
      lines.push({ category, amountCny, clientCountry });
    }
  }
  return lines;
}

function draftsFor(rng: Rng, profile: EnterpriseProfile): ReportDraft[] {
  const quarters = QUARTERS.slice(profile.firstQuarterIndex);
  const path = headcountPath(rng, profile, quarters);
  return quarters.map((quarter, i) => {
    const point = path[i] ?? { headcount: profile.headcountAtStart, newHires: 0, newGraduateHires: 0 };
    const priceLevel = compound(WAGE_GROWTH_PER_YEAR, quarter.year - 2022);
    const ramp = profile.firstQuarterIndex > 0 ? (RAMP_UP[i] ?? 1) : 1;
    const season = REVENUE_SEASON[quarter.quarter - 1] ?? 1;
    const revenueCny =
      ((point.headcount * profile.revenueCnyPerEmployeeYear) / 4) *
      priceLevel *
      season *
      ramp *
      rng.range(0.95, 1.05);
    return {
      profile,
      quarter,
      ...point,
      lines: revenueLines(rng, profile, revenueCny),
      status: 'approved',
      returnReason: null,
      explanation: null,
      anomaly: null,
    };
  });
}

/** Every enterprise's quarters, 2022 Q1 (or its founding quarter) to 2024 Q4, all approved for now. */
export function draftReports(rng: Rng, profiles: readonly EnterpriseProfile[]): ReportDraft[] {
  return profiles.flatMap((profile) => draftsFor(rng.fork(`reports:${profile.enterprise.key}`), profile));
}
