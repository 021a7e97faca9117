import { restoreNeutralised } from './neutralise-formula.ts';
import type { CellValue, ReadSheet } from './spreadsheet.types.ts';

/** Read text as the app sees it: a neutralised formula restored, trimmed, empty as null. */
export function readText(text: string): string | null {
  const trimmed = restoreNeutralised(text.trim()).trim();
  return trimmed === '' ? null : trimmed;
}

/** A date cell as ISO `YYYY-MM-DD`; exceljs gives the sheet's wall-clock date as a UTC instant. */
export function isoDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * Builds a ReadSheet from rows in sheet order: fully empty rows are skipped, the first non-empty row is
 * the header, and every data row is padded to the header's width so cells line up with its columns.
 */
export class SheetCollector {
  private header: string[] | undefined;
  private readonly rows: ReadSheet['rows'] = [];

  constructor(private readonly name: string) {}

  add(rowNumber: number, cells: CellValue[]): void {
    if (cells.every((cell) => cell === null)) return;
    if (!this.header) {
      this.header = cells.map((cell) => (cell === null ? '' : String(cell)));
      return;
    }
    while (cells.length < this.header.length) cells.push(null);
    this.rows.push({ rowNumber, cells });
  }

  sheet(): ReadSheet {
    return { name: this.name, header: this.header ?? [], rows: this.rows };
  }
}
