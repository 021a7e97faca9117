import type { Language } from './index.ts';

/**
 * Display formatting shared by the web app, exports and PDF reports. Chinese readers count money
 * in 万元 (10⁴) and 亿元 (10⁸); English readers in thousands and millions of CNY. Figures are
 * rounded only here, for display; stored and computed values stay exact.
 */
export function formatCny(amountCny: number | null, lang: Language): string {
  if (amountCny === null) return '—';
  const abs = Math.abs(amountCny);
  if (lang === 'zh-CN') {
    if (abs >= 1e8) return `${formatNumber(amountCny / 1e8, lang, 2)} 亿元`;
    if (abs >= 1e4) return `${formatNumber(amountCny / 1e4, lang, 2)} 万元`;
    return `${formatNumber(amountCny, lang, 2)} 元`;
  }
  if (abs >= 1e6) return `CNY ${formatNumber(amountCny / 1e6, lang, 2)} m`;
  if (abs >= 1e3) return `CNY ${formatNumber(amountCny / 1e3, lang, 1)} k`;
  return `CNY ${formatNumber(amountCny, lang, 2)}`;
}

export function formatNumber(value: number | null, lang: Language, maximumFractionDigits = 0): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(lang, { maximumFractionDigits }).format(value);
}

/** A share (0–1) as a percentage. */
export function formatPercent(ratio: number | null, lang: Language, fractionDigits = 1): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  return new Intl.NumberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(ratio);
}

/** kg CO2e shown as tonnes (t CO2e), the unit of every published inventory. */
export function formatTonnesCo2e(kg: number | null, lang: Language): string {
  if (kg === null) return '—';
  return `${formatNumber(kg / 1000, lang, kg >= 1e6 ? 0 : 1)} tCO2e`;
}

/** An ISO date (YYYY-MM-DD) in the reader's convention. */
export function formatDate(isoDate: string, lang: Language): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
