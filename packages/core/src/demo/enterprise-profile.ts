import type { DemoEnterprise } from './demo-city.types.ts';

/** A weighted share: a service code or a client country with its weight (weights sum to 1). */
export type MixItem = readonly [key: string, weight: number];

/**
 * What the generator knows about a firm beyond its public record: the drivers from which every
 * quarter's filing is derived. Internal to the demo: never part of `DemoCity`.
 */
export interface EnterpriseProfile {
  enterprise: DemoEnterprise;
  /** Index of the first quarter it files (0 = 2022 Q1), later for firms founded in 2022–2024. */
  firstQuarterIndex: number;
  headcountAtStart: number;
  growthPerYear: number;
  attritionPerQuarter: number;
  /** Gross wage per employee-year in 2022, CNY; grows with WAGE_GROWTH_PER_YEAR. */
  wageCnyPerYear: number;
  /** Employer social insurance + housing fund on top of wages (pension, medical, unemployment…). */
  socialInsuranceRate: number;
  /** Revenue per employee-year in 2022, CNY: loaded labour cost × the firm's markup. */
  revenueCnyPerEmployeeYear: number;
  collegeShare: number;
  serviceMix: readonly MixItem[];
  marketMix: readonly MixItem[];
  rentCnyPerM2Month: number;
  m2PerEmployee: number;
  electricityKwhPerEmployeeYear: number;
  /** Share of electricity covered by green certificates from 2023 on (0 for most firms). */
  greenElectricityShare: number;
  filesHardware: boolean;
  otherIntermediateShare: number;
  /** Individual income tax withheld, as a share of gross wages. */
  iitWithheldRate: number;
  /** Share of output VAT offset by input VAT on purchases. */
  inputVatCreditShare: number;
}

/** Wages and prices both grow ~5% a year (Jiangxi's recent nominal wage growth order of magnitude). */
export const WAGE_GROWTH_PER_YEAR = 0.05;

/** (1 + rate)^years by repeated multiplication: exact IEEE arithmetic, the same on every machine. */
export function compound(rate: number, years: number): number {
  let factor = 1;
  for (let i = 0; i < years; i++) factor *= 1 + rate;
  return factor;
}
