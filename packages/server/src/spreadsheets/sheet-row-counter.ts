/** Row elements of SpreadsheetML, with or without a namespace prefix (`<row ...>`, `<x:row>`). */
const ROW_TAG = /<(?:\w+:)?row[\s>/]/g;
const CARRY = 24;

/** The part of an XLSX whose rows are counted: the worksheets. */
export function isWorksheetPart(fileName: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/i.test(fileName);
}

/**
 * Counts row elements in a sheet's XML as it streams past, so an oversized sheet is refused before
 * exceljs builds every row in memory. A tag split across two chunks is counted once.
 */
export class SheetRowCounter {
  rows = 0;
  private carry = '';

  add(chunk: Buffer): number {
    const text = this.carry + chunk.toString('latin1');
    for (const match of text.matchAll(ROW_TAG)) {
      // Tags wholly inside the carried tail were counted with the previous chunk.
      if (match.index + match[0].length > this.carry.length) this.rows += 1;
    }
    this.carry = text.slice(-CARRY);
    return this.rows;
  }
}
