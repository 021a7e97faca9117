import { type FactorUsed, formatNumber, type Language } from '@greenshore/core';
import type { Content } from 'pdfmake/interfaces';
import { table, textsOf } from './pdf-blocks.ts';

/** The factors a figure used, with their values, units and published sources. */
export function factorsTable(factors: readonly FactorUsed[], lang: Language): Content {
  const c = textsOf(lang).common;
  if (factors.length === 0) return { text: c.none, style: 'paragraph' };
  const rows = factors.map((f) => [
    f.id,
    formatNumber(f.value, lang, 6),
    f.unit,
    f.year === null ? '—' : String(f.year),
    f.source,
  ]);
  const header = [c.factor, c.factorValue, c.unit, c.factorYear, c.source];
  return {
    stack: [
      table(header, rows, {
        widths: ['auto', 'auto', 'auto', 'auto', '*'],
        align: ['left', 'right', 'left', 'right', 'left'],
        noWrapFirst: true,
      }),
    ],
    fontSize: 8,
  };
}
