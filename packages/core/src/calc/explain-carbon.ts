import type { ExplainContext } from './explain-context.ts';
import { factorOf, section } from './explain-context.ts';
import { roundTo } from './rounding.ts';
import { cloudKwh, embodiedShareKgCo2e } from './scope3.calc.ts';

/** Scope 1, 2 and 3 with every input, factor value and factor id. */
export function explainEmissions(ctx: ExplainContext): string[] {
  const { filing, result, t } = ctx;
  const e = result.emissions;
  const totals = (s2: number, value: number) => ({ s1: e.scope1KgCo2e, s2, s3: e.scope3KgCo2e, value });
  return section(t('section.emissions'), [
    t('scope1', {
      gasM3: filing.energy.naturalGasM3,
      gasFactor: factorOf(ctx, 'fuel-natural-gas')?.value ?? '—',
      dieselL: filing.energy.dieselLitres,
      dieselFactor: factorOf(ctx, 'fuel-diesel')?.value ?? '—',
      value: e.scope1KgCo2e,
    }),
    ...explainScope2(ctx),
    ...explainHardware(ctx),
    ...explainCloud(ctx),
    t('scope3', { hardware: e.scope3HardwareKgCo2e, cloud: e.scope3CloudKgCo2e, value: e.scope3KgCo2e }),
    t('totalLocation', totals(e.scope2LocationKgCo2e, e.totalLocationKgCo2e)),
    t('totalMarket', totals(e.scope2MarketKgCo2e, e.totalMarketKgCo2e)),
  ]);
}

function explainScope2(ctx: ExplainContext): string[] {
  const { filing, result, t } = ctx;
  const grid = factorOf(ctx, 'grid-location');
  const residual = factorOf(ctx, 'grid-residual');
  const kwh = filing.energy.electricityKwh;
  return [
    t('scope2Location', {
      kwh,
      factor: grid?.value ?? null,
      id: grid?.id ?? '',
      value: result.emissions.scope2LocationKgCo2e,
    }),
    t('scope2Market', {
      kwh,
      greenKwh: filing.energy.greenElectricityKwh,
      factor: residual?.value ?? null,
      id: residual?.id ?? '',
      value: result.emissions.scope2MarketKgCo2e,
    }),
  ];
}

function explainHardware(ctx: ExplainContext): string[] {
  const hours = ctx.result.period.days * 24;
  const lines = ctx.filing.hardware.map((item) =>
    ctx.t('hardwareLine', {
      kind: item.kind,
      count: item.count,
      embodied: item.embodiedKgCo2e,
      hours,
      lifetime: item.lifetimeYears,
      value: roundTo(
        embodiedShareKgCo2e(item.embodiedKgCo2e, item.lifetimeYears, hours).mul(item.count),
        'quantity',
      ),
    }),
  );
  return [ctx.t('hardware', { value: ctx.result.emissions.scope3HardwareKgCo2e }), ...lines];
}

function explainCloud(ctx: ExplainContext): string[] {
  const periodGrid = factorOf(ctx, 'grid-location')?.value ?? null;
  const lines = ctx.filing.cloud.map((usage, index) =>
    ctx.t('cloudLine', {
      n: index + 1,
      vcpuHours: usage.vcpuHours,
      min: usage.minWattsPerVcpu,
      max: usage.maxWattsPerVcpu,
      util: usage.avgCpuUtilization,
      pue: usage.pue,
      replication: usage.replicationFactor,
      kwh: roundTo(cloudKwh(usage), 'quantity'),
      factor: usage.gridKgCo2PerKwh ?? periodGrid,
    }),
  );
  const { cloudKwh: kwh, scope3CloudKgCo2e: value } = ctx.result.emissions;
  return [ctx.t('cloud', { kwh, value }), ...lines];
}

/** Both standard-coal figures with their coefficients. */
export function explainEnergy(ctx: ExplainContext): string[] {
  const { result, t } = ctx;
  const kwh = result.energy.electricityKwh;
  const calorific = factorOf(ctx, 'tce-calorific');
  const equivalent = factorOf(ctx, 'tce-equivalent');
  return section(t('section.energy'), [
    t('tceCalorific', {
      kwh,
      factor: calorific?.value ?? null,
      id: calorific?.id ?? '',
      value: result.energy.tceCalorific,
    }),
    t('tceEquivalent', {
      kwh,
      factor: equivalent?.value ?? null,
      id: equivalent?.id ?? '',
      value: result.energy.tceEquivalent,
    }),
  ]);
}
