import { formatCny, formatNumber, formatPercent, formatTonnesCo2e, type Language } from '@greenshore/core';
import { textsOf } from './pdf-blocks.ts';

/** An indicator value as printed, by the registry's unit (money in 万元/亿元 or CNY k/m). */
export function formatFigure(unit: string, value: number | null, lang: Language): string {
  if (value === null) return '—';
  const u = textsOf(lang).units;
  const withUnit = (digits: number, label: string) => `${formatNumber(value, lang, digits)} ${label}`;
  switch (unit) {
    case 'CNY':
      return formatCny(value, lang);
    case 'ratio':
      return formatPercent(value, lang);
    case 'kgCO2e':
      return formatTonnesCo2e(value, lang);
    case 'persons':
      return withUnit(0, u.persons);
    case 'enterprises':
      return withUnit(0, u.enterprises);
    case 'kWh':
      return withUnit(0, u.kWh);
    case 'tce':
      return withUnit(1, u.tce);
    case 'CNY/person':
      return withUnit(0, u.perEmployee);
    case 'CNY/kWh':
      return withUnit(2, u.perKwh);
    case 'kgCO2e/10k CNY':
      return withUnit(2, u.perTenThousandCny);
    case 'tce/10k CNY':
      return withUnit(4, u.tcePerTenThousandCny);
    case 'persons/GWh':
      return withUnit(1, u.jobsPerGwh);
    case 'index 0–10000':
      return withUnit(0, u.hhi);
    default:
      return `${formatNumber(value, lang, 2)} ${unit}`;
  }
}

/** A year-on-year change rate, signed, or a dash without a base. */
export function formatChange(current: number | null, previous: number | null, lang: Language): string {
  if (current === null || previous === null || previous === 0) return '—';
  const rate = (current - previous) / Math.abs(previous);
  return `${rate > 0 ? '+' : ''}${formatPercent(rate, lang)}`;
}

/** A client country or region by its ISO code, in the reader's language. */
export function regionName(code: string, lang: Language): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
