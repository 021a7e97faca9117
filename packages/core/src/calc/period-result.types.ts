import type { GridRegion } from '../catalogue/other-codes.ts';
import type { FocusArea, ServiceClass } from '../catalogue/service-codes.ts';
import type { FactorKind } from '../factors/factor.types.ts';

/** The Result of spec/calculation.md: every binding key, plus a few documented extras. */
export interface PeriodResult {
  calculationVersion: string;
  period: { start: string; end: string; days: number; year: number };
  gridRegion: GridRegion;
  factorYear: number;
  factorFallback: boolean;
  emissions: EmissionsResult;
  energy: EnergyResult;
  valueAdded: ValueAddedResult;
  structure: StructureResult;
  fiscal: FiscalResult;
  intensities: IntensitiesResult;
  /** Present only when the filing gives a benchmark. */
  benchmark?: { avoidedKgCo2e: number | null; manufacturingKgCo2ePer10kCnyValueAdded: number };
  /** Present only when the filing gives an SCI functional unit. */
  sci?: { kgCo2ePerUnit: number; functionalUnit: string; quantity: number };
  incentives: { tase2017: { eligible: boolean; checks: TaseCheck[] } };
  factors: FactorUsed[];
}

export interface EmissionsResult {
  scope1KgCo2e: number;
  scope2LocationKgCo2e: number;
  scope2MarketKgCo2e: number;
  scope3KgCo2e: number;
  totalLocationKgCo2e: number;
  totalMarketKgCo2e: number;
  scope1NaturalGasKgCo2e: number;
  scope1DieselKgCo2e: number;
  scope3HardwareKgCo2e: number;
  scope3CloudKgCo2e: number;
  cloudKwh: number;
}

export interface EnergyResult {
  electricityKwh: number;
  greenElectricityKwh: number;
  tceCalorific: number;
  tceEquivalent: number;
}

export interface ValueAddedResult {
  grossOutputCny: number;
  intermediateConsumptionCny: number;
  valueAddedCny: number;
  valueAddedRate: number | null;
  labourCny: number;
  depreciationCny: number;
  netProductionTaxesCny: number;
  operatingSurplusCny: number;
}

export interface StructureResult {
  serviceOutsourcingRevenueCny: number;
  offshoreRevenueCny: number;
  offshoreShare: number | null;
  softwareRevenueCny: number;
  byClass: Record<ServiceClass, number>;
  byFocusArea: Record<FocusArea, number>;
  /** Service-outsourcing revenue by ISO client country, keys sorted. */
  byClientCountry: Record<string, number>;
}

export interface FiscalResult {
  taxesPaidCny: number;
  vatCny: number;
  productionTaxesCny: number;
  corporateIncomeTaxCny: number;
  individualIncomeTaxWithheldCny: number;
}

export interface IntensitiesResult {
  kgCo2ePer10kCnyValueAdded: number | null;
  tcePer10kCnyValueAdded: number | null;
  kwhPerEmployee: number | null;
  valueAddedPerEmployeeCny: number | null;
  jobsPerGwh: number | null;
}

export type TaseRule = 'college-share' | 'service-outsourcing-share' | 'offshore-share';

export interface TaseCheck {
  rule: TaseRule;
  /** null when the denominator is zero (then the check fails). */
  value: number | null;
  threshold: number;
  pass: boolean;
}

/** A factor the figures used: from the library, or an override/line value from the filing. */
export interface FactorUsed {
  id: string;
  value: number;
  unit: string;
  source: string;
  kind: FactorKind;
  year: number | null;
  fallback: boolean;
}
