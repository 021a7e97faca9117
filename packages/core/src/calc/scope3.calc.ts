import type { Filing } from '../filing/filing.schema.ts';
import type { Dec } from './rounding.ts';
import { dec } from './rounding.ts';

const HOURS_PER_YEAR = 8760;
const MS_PER_DAY = 86_400_000;

/** Days in an inclusive ISO-date period (both dates are calendar days in UTC, so no DST effects). */
export function periodDays(startIso: string, endIso: string): number {
  return Math.round((Date.parse(endIso) - Date.parse(startIso)) / MS_PER_DAY) + 1;
}

/**
 * SCI (ISO/IEC 21031:2024) M term, time share: M = TE × (TiR ÷ EL), with TE the total embodied
 * emissions, TiR the time reserved (hours) and EL the expected lifetime (years × 8760 h).
 * Check vector: 1000 kg, 4 years, 1 hour → 0.028538812785388128 kg.
 */
export function embodiedShareKgCo2e(embodiedKgCo2e: number, lifetimeYears: number, hours: number): Dec {
  return dec(embodiedKgCo2e).mul(hours).div(dec(lifetimeYears).mul(HOURS_PER_YEAR));
}

/** Scope 3 (category 2, capital goods) share of owned IT hardware over the period: Σ count × M. */
export function hardwareKgCo2e(hardware: Filing['hardware'], periodHours: number): Dec {
  let total = dec(0);
  for (const item of hardware) {
    total = total.plus(
      embodiedShareKgCo2e(item.embodiedKgCo2e, item.lifetimeYears, periodHours).mul(item.count),
    );
  }
  return total;
}

export type CloudUsage = Filing['cloud'][number];

/**
 * Cloud Carbon Footprint compute estimate: kWh = vCPU-hours × (minW + util × (maxW − minW)) ÷ 1000
 * × PUE × replication factor. Check vector: 1 vCPU-h, 1 %, 0.71–3.46 W, PUE 1.135, ×2 → 0.001674125 kWh.
 */
export function cloudKwh(usage: Omit<CloudUsage, 'gridKgCo2PerKwh'>): Dec {
  const watts = dec(usage.minWattsPerVcpu).plus(
    dec(usage.avgCpuUtilization).mul(dec(usage.maxWattsPerVcpu).minus(usage.minWattsPerVcpu)),
  );
  return dec(usage.vcpuHours).mul(watts).div(1000).mul(usage.pue).mul(usage.replicationFactor);
}

/** CCF emissions: kWh × the line's own grid factor, or the period's grid factor when none is given. */
export function cloudKgCo2e(cloud: Filing['cloud'], periodGridKgCo2PerKwh: Dec): { kwh: Dec; kgCo2e: Dec } {
  let kwh = dec(0);
  let kgCo2e = dec(0);
  for (const usage of cloud) {
    const lineKwh = cloudKwh(usage);
    const factor = usage.gridKgCo2PerKwh !== undefined ? dec(usage.gridKgCo2PerKwh) : periodGridKgCo2PerKwh;
    kwh = kwh.plus(lineKwh);
    kgCo2e = kgCo2e.plus(lineKwh.mul(factor));
  }
  return { kwh, kgCo2e };
}
