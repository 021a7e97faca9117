import type { CellValue } from '../spreadsheets/spreadsheet.types.ts';
import type { ExchangeColumn } from './exchange-column.ts';

/** Why a cell cannot be read for its column. A class, so the common case allocates no wrapper. */
export class CellProblem {
  constructor(readonly message: string) {}
}
const NOT_A_NUMBER = new CellProblem('must be a number');
const NOT_A_DATE = new CellProblem('must be a date YYYY-MM-DD');
const NOT_YES_NO = new CellProblem('must be yes or no (是/否)');

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '是', '对', 'ja']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '否', '不是']);
const DECIMAL = /^-?\d+(\.\d+)?$/;
// Most cells are already plain: they skip the clean-up.
const PLAIN_DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
// Excel counts days from 1899-12-30 (its 1900 leap-year bug included).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const empty = (cell: CellValue) => cell === null || (typeof cell === 'string' && cell.trim() === '');

/** '1,234.50', ' 1 234.5 ' and '１２３' read as the decimal they show; anything else is refused. */
function decimalText(cell: string | number | boolean): string | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? numberText(cell) : undefined;
  if (typeof cell === 'boolean') return undefined;
  if (PLAIN_DECIMAL.test(cell)) return cell;
  const text = cell
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,\s，]/g, '');
  return DECIMAL.test(text) ? text.replace(/^(-?)0+(?=\d)/, '$1') : undefined;
}

/** A number cell as plain decimal text (never exponent notation, which the API refuses). */
function numberText(n: number): string {
  const text = String(n);
  if (!text.includes('e')) return text;
  return Number.isInteger(n) ? BigInt(n).toString() : n.toFixed(20).replace(/\.?0+$/, '');
}

function dateText(cell: string | number | boolean): string | undefined {
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 2_958_465) return undefined;
    return new Date(EXCEL_EPOCH_MS + cell * DAY_MS).toISOString().slice(0, 10);
  }
  if (typeof cell === 'string' && PLAIN_DATE.test(cell)) return cell;
  const match = typeof cell === 'string' ? ISO_DATE.exec(cell.trim().slice(0, 10)) : null;
  if (!match) return undefined;
  const [, y, m, d] = match;
  return `${y}-${(m as string).padStart(2, '0')}-${(d as string).padStart(2, '0')}`;
}

// Code lists are looked up once per cell: a map by lower case, built once per list.
const CANONICAL = new WeakMap<readonly string[], Map<string, string>>();

function codeText(cell: string, codes: readonly string[] | undefined): string {
  if (!codes) return cell;
  let byLower = CANONICAL.get(codes);
  if (!byLower) {
    byLower = new Map(codes.map((c) => [c.toLowerCase(), c]));
    CANONICAL.set(codes, byLower);
  }
  return byLower.get(cell.toLowerCase()) ?? cell;
}

/**
 * Turns one cell into what the API expects for its column (the API's own schema then validates it):
 * undefined for an empty cell, a CellProblem when it cannot be read.
 */
export function coerceCell(column: ExchangeColumn, cell: CellValue): unknown {
  if (empty(cell)) return undefined;
  const raw = cell as string | number | boolean;
  switch (column.type) {
    case 'integer':
    case 'decimal':
    case 'money': {
      const text = decimalText(raw);
      if (text === undefined) return NOT_A_NUMBER;
      return column.numeric ? Number(text) : text;
    }
    case 'date':
      return dateText(raw) ?? NOT_A_DATE;
    case 'boolean': {
      const word = String(raw).trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      return FALSE_WORDS.has(word) ? false : NOT_YES_NO;
    }
    case 'code':
      return codeText(String(raw).trim(), column.codes);
    default:
      return typeof raw === 'string' ? raw.trim() : String(raw);
  }
}
