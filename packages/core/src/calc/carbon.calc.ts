import type { Filing } from '../filing/filing.schema.ts';
import type { ResolvedFactors } from './factor-resolution.ts';
import type { EmissionsResult, EnergyResult } from './period-result.types.ts';
import type { Dec } from './rounding.ts';
import { dec, roundTo } from './rounding.ts';
import { cloudKgCo2e, hardwareKgCo2e } from './scope3.calc.ts';

/** Emissions with the unrounded parts kept for the figures derived from them (SCI). */
export interface CarbonFigures {
  result: EmissionsResult;
  /** Scope 2 location + cloud + hardware, from the rounded parts: the SCI numerator. */
  sciKgCo2e: Dec;
}

/**
 * GHG Protocol Corporate Standard and Scope 2 Guidance (2015).
 * Scope 1 = natural gas m³ × kgCO2/m³ + diesel L × kgCO2/L (NDRC 2015 guideline defaults).
 * Scope 2 location = electricity kWh × grid factor; market = (electricity − green) kWh × residual mix.
 * Scope 3 = hardware embodied (SCI M term) + cloud (CCF). Totals add the rounded parts, so they
 * equal the sum of what is shown.
 */
export function calculateEmissions(
  filing: Filing,
  factors: ResolvedFactors,
  periodHours: number,
): CarbonFigures {
  const { energy } = filing;
  const gas = roundTo(dec(energy.naturalGasM3).mul(factors.naturalGasKgCo2PerM3?.value ?? 0), 'quantity');
  const diesel = roundTo(dec(energy.dieselLitres).mul(factors.dieselKgCo2PerLitre?.value ?? 0), 'quantity');
  const location = roundTo(dec(energy.electricityKwh).mul(factors.gridKgCo2PerKwh.value), 'quantity');
  const marketKwh = dec(energy.electricityKwh).minus(energy.greenElectricityKwh);
  const market = roundTo(marketKwh.mul(factors.residualKgCo2PerKwh.value), 'quantity');
  const hardware = roundTo(hardwareKgCo2e(filing.hardware, periodHours), 'quantity');
  const cloud = cloudKgCo2e(filing.cloud, factors.gridKgCo2PerKwh.value);
  const cloudKg = roundTo(cloud.kgCo2e, 'quantity');
  const scope1 = dec(gas).plus(diesel);
  const scope3 = dec(hardware).plus(cloudKg);
  return {
    result: {
      scope1KgCo2e: roundTo(scope1, 'quantity'),
      scope2LocationKgCo2e: location,
      scope2MarketKgCo2e: market,
      scope3KgCo2e: roundTo(scope3, 'quantity'),
      totalLocationKgCo2e: roundTo(scope1.plus(location).plus(scope3), 'quantity'),
      totalMarketKgCo2e: roundTo(scope1.plus(market).plus(scope3), 'quantity'),
      scope1NaturalGasKgCo2e: gas,
      scope1DieselKgCo2e: diesel,
      scope3HardwareKgCo2e: hardware,
      scope3CloudKgCo2e: cloudKg,
      cloudKwh: roundTo(cloud.kwh, 'quantity'),
    },
    sciKgCo2e: dec(location).plus(cloudKg).plus(hardware),
  };
}

/**
 * Standard coal equivalent of purchased electricity (GB/T 2589-2020): tce = kWh × kgce/kWh ÷ 1000,
 * by the calorific coefficient (当量值) and by the year's generation-equivalent coefficient (等价值).
 */
export function calculateEnergy(filing: Filing, factors: ResolvedFactors): EnergyResult {
  const kwh = dec(filing.energy.electricityKwh);
  return {
    electricityKwh: roundTo(kwh, 'quantity'),
    greenElectricityKwh: roundTo(dec(filing.energy.greenElectricityKwh), 'quantity'),
    tceCalorific: roundTo(kwh.mul(factors.tceCalorificKgcePerKwh.value).div(1000), 'quantity'),
    tceEquivalent: roundTo(kwh.mul(factors.tceEquivalentKgcePerKwh.value).div(1000), 'quantity'),
  };
}
