import { formatDate, type Language, MESSAGES } from '@greenshore/core';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { CHART_WIDTH } from './chart-svg.ts';

export type DocumentTexts = (typeof MESSAGES)['zh-CN']['documents'];

export const textsOf = (lang: Language): DocumentTexts => MESSAGES[lang].documents;

/** Fills `{{name}}` placeholders: whole sentences come from the catalogue, never concatenated. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (all, name: string) =>
    name in values ? String(values[name]) : all,
  );
}

export const heading = (text: string): Content => ({ text, style: 'heading' });
export const paragraph = (text: string): Content => ({ text, style: 'paragraph' });
export const chart = (svg: string): Content => ({ svg, width: CHART_WIDTH, margin: [0, 6, 0, 10] });

/** A table with a header row; by default the first column left, the others right-aligned (figures). */
export function table(
  header: string[],
  rows: string[][],
  layout: { widths?: (string | number)[]; align?: ('left' | 'right')[]; noWrapFirst?: boolean } = {},
): Content {
  const alignment = (i: number) => layout.align?.[i] ?? (i === 0 ? 'left' : 'right');
  const cell = (text: string, i: number) => ({
    text,
    alignment: alignment(i),
    noWrap: i === 0 && layout.noWrapFirst === true,
  });
  return {
    style: 'table',
    table: {
      headerRows: 1,
      widths: layout.widths ?? ['*', ...header.slice(1).map(() => 'auto')],
      body: [header.map((h, i) => ({ ...cell(h, i), style: 'th' })), ...rows.map((r) => r.map(cell))],
    },
    layout: 'lightHorizontalLines',
  };
}

/** The page frame every document shares: title block, styles, page numbers, metadata. */
export function documentFrame(
  meta: { title: string; subtitle: string; lang: Language; generatedOn: string },
  content: Content[],
): TDocumentDefinitions {
  const t = textsOf(meta.lang);
  return {
    info: {
      title: meta.title,
      creator: 'Greenshore',
      producer: 'Greenshore (pdfmake)',
      // From the injected clock, not pdfkit's own: the same data and day give the same document.
      creationDate: new Date(`${meta.generatedOn}T00:00:00Z`),
    },
    language: meta.lang,
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    footer: (page, pages) => ({
      columns: [
        {
          text: fill(t.common.generatedOn, { date: formatDate(meta.generatedOn, meta.lang) }),
          margin: [48, 0],
        },
        { text: fill(t.common.page, { page, pages }), alignment: 'right', margin: [48, 0] },
      ],
      fontSize: 8,
      color: '#555555',
    }),
    content: [{ text: meta.title, style: 'title' }, { text: meta.subtitle, style: 'subtitle' }, ...content],
    styles: {
      title: { fontSize: 17, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 11, color: '#444444', margin: [0, 0, 0, 14] },
      heading: { fontSize: 14, bold: true, margin: [0, 12, 0, 6], color: '#0072B2' },
      paragraph: { fontSize: 10, margin: [0, 0, 0, 6], lineHeight: 1.3 },
      table: { fontSize: 9, margin: [0, 2, 0, 10] },
      th: { bold: true, fillColor: '#EEF3F8' },
    },
    defaultStyle: { fontSize: 10 },
  };
}
