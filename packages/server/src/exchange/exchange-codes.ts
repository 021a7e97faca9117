import {
  COUNTRY_CODES,
  CURRENCY_MINOR_DIGITS,
  GRID_REGIONS,
  OWNERSHIP_KINDS,
  SERVICE_CODE_KEYS,
} from '@greenshore/core';
import type { Bilingual } from '../spreadsheets/spreadsheet.types.ts';
import type { ExchangeColumn } from './exchange-column.ts';

/** The code lists of the templates' data-validation drop-downs, from the catalogues of @greenshore/core. */
export const CODES = {
  services: SERVICE_CODE_KEYS,
  ownership: OWNERSHIP_KINDS,
  gridRegions: GRID_REGIONS,
  countries: [...COUNTRY_CODES].sort(),
  currencies: [...CURRENCY_MINOR_DIGITS.keys()].sort(),
  periodTypes: ['monthly', 'quarterly', 'annual'],
} as const;

const bi = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });

/** Builds a column: `col('uscc', ['统一社会信用代码', 'USCC'], 'text', ...)`. */
export function col(
  key: string,
  [zh, en]: readonly [string, string],
  type: ExchangeColumn['type'],
  extra: Partial<Omit<ExchangeColumn, 'key' | 'header' | 'type' | 'note'>> & { note?: [string, string] } = {},
): ExchangeColumn {
  const { note, ...rest } = extra;
  return { key, header: bi(zh, en), type, ...(note ? { note: bi(note[0], note[1]) } : {}), ...rest };
}

export const USCC_COLUMN = col('uscc', ['统一社会信用代码', 'USCC'], 'text', {
  required: true,
  note: ['18位统一社会信用代码', 'unified social credit code, 18 characters'],
});
