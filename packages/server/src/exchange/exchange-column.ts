import type { ColumnSpec, Lang } from '../spreadsheets/spreadsheet.types.ts';

/** A template column as the exchange code needs it: the shared spec plus how its cell reaches the API. */
export interface ExchangeColumn extends ColumnSpec {
  /** The API field takes a JSON number (filing figures); otherwise decimals travel as exact text. */
  numeric?: boolean;
}

/** One problem of one row, named as the user sees it: the sheet, the sheet row and the column header. */
export interface RowError {
  sheet: string;
  row: number;
  column: string;
  value: string;
  message: string;
}

export type ImportKind = 'enterprises' | 'contracts' | 'reports';
export const IMPORT_KINDS = ['enterprises', 'contracts', 'reports'] as const;

// The header cell of a column: `<zh-CN> / <English>`, the layout every template and export uses.
export { headerText } from '../spreadsheets/header-match.ts';

/** A bilingual sheet name, e.g. `合同 Contracts`. */
export function sheetName(name: Record<Lang, string>): string {
  return `${name['zh-CN']} ${name.en}`;
}

/** A cell as shown back to the user in a row error. */
export function shownValue(cell: unknown): string {
  return cell === null || cell === undefined ? '' : String(cell);
}

/** Builds the nested API object from dotted column keys (`value.amount` -> {value: {amount}}). */
const PATHS = new Map<string, string[]>();

export function setPath(target: Record<string, unknown>, key: string, value: unknown): void {
  let parts = PATHS.get(key);
  if (!parts) {
    parts = key.split('.');
    PATHS.set(key, parts);
  }
  if (parts.length === 1) {
    target[key] = value;
    return;
  }
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1] as string] = value;
}
