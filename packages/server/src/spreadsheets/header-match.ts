import type { ColumnSpec } from './spreadsheet.types.ts';

/** The bilingual header cell of the shared layout: `<zh-CN> / <English>`. */
export function headerText(col: ColumnSpec): string {
  return `${col.header['zh-CN']} / ${col.header.en}`;
}

/**
 * The key of the column a read header cell names: by the whole bilingual text, either half or the key,
 * trimmed and case-insensitive. A trailing `*` (a "required" mark people add) is ignored.
 */
export function matchHeader(headerCell: string, columns: readonly ColumnSpec[]): string | undefined {
  const cell = normalise(headerCell);
  if (cell === '') return undefined;
  const exact = columns.find((col) => namesOf(col).includes(cell));
  if (exact) return exact.key;
  // A bilingual cell whose halves were edited separately still names its column by either half.
  const halves = cell.split('/').map(normalise).filter(Boolean);
  return columns.find((col) => halves.some((half) => namesOf(col).includes(half)))?.key;
}

function namesOf(col: ColumnSpec): string[] {
  return [headerText(col), col.header['zh-CN'], col.header.en, col.key].map(normalise);
}

function normalise(text: string): string {
  return text
    .trim()
    .replace(/\s*\*+$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
