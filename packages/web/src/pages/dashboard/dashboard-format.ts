import {
  formatCny,
  formatNumber,
  formatPercent,
  formatTonnesCo2e,
  type Language,
  MESSAGES,
} from '@greenshore/core';

/** A value in the reader's convention, chosen by the registry's unit. */
export function formatByUnit(value: number | null, unit: string, lang: Language): string {
  if (unit === 'CNY') return formatCny(value, lang);
  if (unit === 'ratio') return formatPercent(value, lang);
  if (unit === 'kgCO2e') return formatTonnesCo2e(value, lang);
  return formatNumber(value, lang, 1);
}

/** A year-on-year change: the rate when there is one, else the change in the value's own unit. */
export function formatChange(change: number | null, changeRate: number | null, unit: string, lang: Language) {
  if (change === null) return '—';
  const sign = change > 0 ? '+' : '';
  // A share's change reads as percentage points; a rate of a rate would confuse.
  if (unit === 'ratio') return `${sign}${formatNumber(change * 100, lang, 1)} pp`;
  if (changeRate !== null) return `${sign}${formatPercent(changeRate, lang)}`;
  return `${sign}${formatByUnit(change, unit, lang)}`;
}

export type Trend = 'up' | 'down' | 'flat' | 'none';

export function trendOf(change: number | null): Trend {
  if (change === null) return 'none';
  return change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
}

/** Country or region name in the reader's language (ISO 3166 code in, e.g. 'JP' → '日本'). */
export function countryName(code: string, lang: Language): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The dashboard's messages in one language, for pure helpers that run outside React. */
export const dashboardMessages = (lang: Language) => MESSAGES[lang].dashboard;

export const nameIn = (lang: Language, named: { nameZh: string; nameEn: string }) =>
  lang === 'zh-CN' ? named.nameZh : named.nameEn;

export const labelIn = (lang: Language, named: { labelZh: string; labelEn: string }) =>
  lang === 'zh-CN' ? named.labelZh : named.labelEn;
