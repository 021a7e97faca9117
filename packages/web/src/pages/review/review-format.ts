import { DEFAULT_LANGUAGE, formatNumber, formatPercent, isLanguage, type Language } from '@greenshore/core';
import type { Scalar } from './filing-diff.ts';

/** The UI language as the API's `lang` parameter (i18next may report a language the API lacks). */
export function languageOf(lng: string): Language {
  return isLanguage(lng) ? lng : DEFAULT_LANGUAGE;
}

/** The enterprise's name in the reader's language. */
export function nameIn(lang: Language, names: { zh: string; en: string }): string {
  return lang === 'en' ? names.en : names.zh;
}

/** A diff cell: numbers grouped (shares as %), absent values as a dash. */
export function formatScalar(value: Scalar | undefined, lang: Language, asShare = false): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'number') return asShare ? formatPercent(value, lang) : formatNumber(value, lang, 2);
  return String(value);
}

/** A change as "+5 (+50.0%)"; empty when nothing changed or there is nothing to compare. */
export function formatChange(delta: number | null, relative: number | null, lang: Language): string {
  if (delta === null || delta === 0) return '';
  const sign = delta > 0 ? '+' : '';
  const share = relative === null ? '' : ` (${sign}${formatPercent(relative, lang)})`;
  return `${sign}${formatNumber(delta, lang, 2)}${share}`;
}

/** An ISO timestamp as local date and time. */
export function formatDateTime(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
