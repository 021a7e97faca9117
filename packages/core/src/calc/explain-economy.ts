import type { ExplainContext } from './explain-context.ts';
import { section } from './explain-context.ts';

/** Production-approach value added and its income split. */
export function explainValueAdded(ctx: ExplainContext): string[] {
  const { filing, result, t } = ctx;
  const va = result.valueAdded;
  const lines = [
    t('grossOutput', { lines: filing.revenue.length, value: va.grossOutputCny }),
    t('intermediate', {
      rent: filing.costs.rentCny,
      utilities: filing.costs.utilitiesCny,
      other: filing.costs.otherIntermediateCny,
      value: va.intermediateConsumptionCny,
    }),
    t('valueAdded', {
      gross: va.grossOutputCny,
      intermediate: va.intermediateConsumptionCny,
      value: va.valueAddedCny,
      rate: va.valueAddedRate,
    }),
    t('incomeSplit', {
      labour: va.labourCny,
      depreciation: va.depreciationCny,
      taxes: filing.taxes.productionTaxesCny,
      subsidies: filing.taxes.subsidiesCny,
      net: va.netProductionTaxesCny,
      surplus: va.operatingSurplusCny,
      value: va.valueAddedCny,
    }),
  ];
  if (va.operatingSurplusCny < 0) lines.push(t('loss'));
  return section(t('section.valueAdded'), lines);
}

/** Service-outsourcing revenue, offshore share, class and focus-area split; taxes paid. */
export function explainStructureAndFiscal(ctx: ExplainContext): string[] {
  const { result, t } = ctx;
  const s = result.structure;
  const f = result.fiscal;
  const list = (record: Record<string, number>) =>
    Object.entries(record)
      .filter(([, amount]) => amount !== 0)
      .map(([key, amount]) => `${key} ${amount}`)
      .join(', ') || '0';
  return [
    ...section(t('section.structure'), [
      t('serviceOutsourcing', { value: s.serviceOutsourcingRevenueCny }),
      t('offshore', { value: s.offshoreRevenueCny, share: s.offshoreShare }),
      t('byClass', { list: list(s.byClass) }),
      t('byFocusArea', { list: list(s.byFocusArea) }),
    ]),
    ...section(t('section.fiscal'), [
      t('taxes', {
        vat: f.vatCny,
        production: f.productionTaxesCny,
        cit: f.corporateIncomeTaxCny,
        iit: f.individualIncomeTaxWithheldCny,
        value: f.taxesPaidCny,
      }),
    ]),
  ];
}

/** Intensities per 10k CNY of value added and per employee / GWh. */
export function explainIntensities(ctx: ExplainContext): string[] {
  const { filing, result, t } = ctx;
  const i = result.intensities;
  const va = result.valueAdded.valueAddedCny;
  const employees = filing.employees.average;
  const kwh = result.energy.electricityKwh;
  return section(t('section.intensities'), [
    t('kgPer10k', { kg: result.emissions.totalLocationKgCo2e, va, value: i.kgCo2ePer10kCnyValueAdded }),
    t('tcePer10k', { tce: result.energy.tceCalorific, va, value: i.tcePer10kCnyValueAdded }),
    t('kwhPerEmployee', { kwh, employees, value: i.kwhPerEmployee }),
    t('vaPerEmployee', { va, employees, value: i.valueAddedPerEmployeeCny }),
    t('jobsPerGwh', { employees, kwh, value: i.jobsPerGwh }),
  ]);
}

/** Benchmark and SCI, each only when the filing asked for it. */
export function explainOptional(ctx: ExplainContext): string[] {
  const { result, t } = ctx;
  const e = result.emissions;
  const lines: string[] = [];
  if (result.benchmark) {
    const benchmark = result.benchmark.manufacturingKgCo2ePer10kCnyValueAdded;
    const params = { va: result.valueAdded.valueAddedCny, benchmark, kg: e.totalLocationKgCo2e };
    lines.push(
      ...section(t('section.benchmark'), [
        t('benchmark', { ...params, value: result.benchmark.avoidedKgCo2e }),
      ]),
    );
  }
  if (result.sci) {
    const { quantity, functionalUnit: unit, kgCo2ePerUnit: value } = result.sci;
    const parts = {
      s2: e.scope2LocationKgCo2e,
      cloud: e.scope3CloudKgCo2e,
      hardware: e.scope3HardwareKgCo2e,
    };
    lines.push(...section(t('section.sci'), [t('sci', { ...parts, quantity, unit, value })]));
  }
  return lines;
}
