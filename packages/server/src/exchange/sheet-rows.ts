import { minorDigitsOf } from '@greenshore/core';
import type { CellValue, TableSheet } from '../spreadsheets/spreadsheet.types.ts';
import type { ExchangeColumn } from './exchange-column.ts';
import { sheetName } from './exchange-column.ts';

/** A record keyed by column key, laid out in the columns' order (missing keys are empty cells). */
export function cellsOf(columns: readonly ExchangeColumn[], record: Record<string, unknown>): CellValue[] {
  return columns.map((c) => {
    const v = record[c.key];
    return v === undefined || v === null ? null : (v as CellValue);
  });
}

/** Minor units of a currency as the number a person reads (JPY 1000 -> 1000, USD 12345 -> 123.45). */
export function minorToAmount(minor: number, currency: string): number {
  return minor / 10 ** minorDigitsOf(currency);
}

export const fenToCny = (fen: number) => fen / 100;

/** Template columns first, then the read-only ones, as every export of an exchange kind. */
export function exportSheet(
  name: { 'zh-CN': string; en: string },
  columns: readonly ExchangeColumn[],
  readOnly: readonly ExchangeColumn[],
  records: readonly Record<string, unknown>[],
): TableSheet {
  const all = [...columns, ...readOnly];
  return { name: sheetName(name), columns: all, rows: records.map((r) => cellsOf(all, r)) };
}

/** Flattens a nested object into dotted keys (`{value: {amount}}` -> `value.amount`). */
export function flatten(
  value: unknown,
  prefix = '',
  out: Record<string, unknown> = {},
): Record<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) out[prefix] = value;
  return out;
}
