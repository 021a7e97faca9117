import { MESSAGES, type MessageCatalogue } from '@greenshore/core';
import type { ColumnSpec, ColumnType } from '../spreadsheets/spreadsheet.types.ts';

type ExportTexts = MessageCatalogue['exports'];
type SheetArea = keyof ExportTexts;

/** A column of an exported sheet, its bilingual header from the `exports.<area>` catalogue texts. */
export function exportColumn<A extends SheetArea>(
  area: A,
  key: Exclude<keyof ExportTexts[A], 'sheet'> & string,
  type: ColumnType,
): ColumnSpec {
  const text = (lang: 'zh-CN' | 'en') => (MESSAGES[lang].exports[area] as Record<string, string>)[key] ?? key;
  return { key, header: { 'zh-CN': text('zh-CN'), en: text('en') }, type, readOnly: true };
}

/** A sheet name in both languages, as the spreadsheet layout asks (e.g. `指标 Indicators`). */
export function exportSheetName(area: SheetArea): string {
  return `${MESSAGES['zh-CN'].exports[area].sheet} ${MESSAGES.en.exports[area].sheet}`;
}
