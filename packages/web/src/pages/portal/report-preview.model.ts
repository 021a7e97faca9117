import type { PeriodResult, PlausibilityFlag } from '@greenshore/core';
import { formatCny, formatNumber, formatPercent, formatTonnesCo2e, type Language } from '@greenshore/core';

export type PreviewKind = 'kg' | 'cny' | 'percent' | 'number' | 'decimal';

export interface PreviewRow {
  key: PreviewKey;
  value: number | null;
  kind: PreviewKind;
}

export type PreviewKey = keyof typeof PICKERS;

const PICKERS = {
  scope1: (r: PeriodResult) => r.emissions.scope1KgCo2e,
  scope2Location: (r: PeriodResult) => r.emissions.scope2LocationKgCo2e,
  scope2Market: (r: PeriodResult) => r.emissions.scope2MarketKgCo2e,
  scope3: (r: PeriodResult) => r.emissions.scope3KgCo2e,
  totalLocation: (r: PeriodResult) => r.emissions.totalLocationKgCo2e,
  totalMarket: (r: PeriodResult) => r.emissions.totalMarketKgCo2e,
  tceCalorific: (r: PeriodResult) => r.energy.tceCalorific,
  tceEquivalent: (r: PeriodResult) => r.energy.tceEquivalent,
  grossOutput: (r: PeriodResult) => r.valueAdded.grossOutputCny,
  intermediate: (r: PeriodResult) => r.valueAdded.intermediateConsumptionCny,
  valueAdded: (r: PeriodResult) => r.valueAdded.valueAddedCny,
  valueAddedRate: (r: PeriodResult) => r.valueAdded.valueAddedRate,
  netProductionTaxes: (r: PeriodResult) => r.valueAdded.netProductionTaxesCny,
  operatingSurplus: (r: PeriodResult) => r.valueAdded.operatingSurplusCny,
  serviceOutsourcingRevenue: (r: PeriodResult) => r.structure.serviceOutsourcingRevenueCny,
  offshoreRevenue: (r: PeriodResult) => r.structure.offshoreRevenueCny,
  offshoreShare: (r: PeriodResult) => r.structure.offshoreShare,
  taxesPaid: (r: PeriodResult) => r.fiscal.taxesPaidCny,
  intensity: (r: PeriodResult) => r.intensities.kgCo2ePer10kCnyValueAdded,
  tcePer10k: (r: PeriodResult) => r.intensities.tcePer10kCnyValueAdded,
  kwhPerEmployee: (r: PeriodResult) => r.intensities.kwhPerEmployee,
  valueAddedPerEmployee: (r: PeriodResult) => r.intensities.valueAddedPerEmployeeCny,
  jobsPerGwh: (r: PeriodResult) => r.intensities.jobsPerGwh,
} as const;

const KINDS: Record<PreviewKey, PreviewKind> = {
  scope1: 'kg',
  scope2Location: 'kg',
  scope2Market: 'kg',
  scope3: 'kg',
  totalLocation: 'kg',
  totalMarket: 'kg',
  tceCalorific: 'decimal',
  tceEquivalent: 'decimal',
  grossOutput: 'cny',
  intermediate: 'cny',
  valueAdded: 'cny',
  valueAddedRate: 'percent',
  netProductionTaxes: 'cny',
  operatingSurplus: 'cny',
  serviceOutsourcingRevenue: 'cny',
  offshoreRevenue: 'cny',
  offshoreShare: 'percent',
  taxesPaid: 'cny',
  intensity: 'decimal',
  tcePer10k: 'decimal',
  kwhPerEmployee: 'number',
  valueAddedPerEmployee: 'cny',
  jobsPerGwh: 'decimal',
};

/** Every computed figure the preview lists, in reading order. */
export function previewRows(result: PeriodResult): PreviewRow[] {
  return (Object.keys(PICKERS) as PreviewKey[]).map((key) => ({
    key,
    value: PICKERS[key](result),
    kind: KINDS[key],
  }));
}

/** A preview figure for display; rounding happens only here. */
export function formatPreview(row: PreviewRow, lang: Language): string {
  if (row.kind === 'kg') return formatTonnesCo2e(row.value, lang);
  if (row.kind === 'cny') return formatCny(row.value, lang);
  if (row.kind === 'percent') return formatPercent(row.value, lang);
  return formatNumber(row.value, lang, row.kind === 'decimal' ? 2 : 0);
}

/** The filer's explanations of each flag as the one text the submit call takes. */
export function combineExplanations(flags: readonly PlausibilityFlag[], texts: Record<string, string>) {
  return flags
    .map((f) => ({ code: f.code, text: (texts[f.code] ?? '').trim() }))
    .filter((e) => e.text !== '')
    .map((e) => `${e.code}: ${e.text}`)
    .join('\n');
}

export interface ListedReport {
  periodType: string;
  period: { start: string; end: string };
  filing: unknown;
}

/** The filing of the latest quarterly report that ended before `start`: the jump checks compare with it. */
export function previousFilingOf(reports: readonly ListedReport[], start: string): ListedReport | null {
  const earlier = reports
    .filter((r) => r.periodType === 'quarterly' && r.period.end < start)
    .sort((a, b) => (a.period.end < b.period.end ? 1 : -1));
  return earlier[0] ?? null;
}
