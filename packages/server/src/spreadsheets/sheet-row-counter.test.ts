import { describe, expect, it } from 'vitest';
import { isWorksheetPart, SheetRowCounter } from './sheet-row-counter.ts';

describe('SheetRowCounter', () => {
  it('counts row tags once, also when a chunk boundary splits them, and ignores look-alikes', () => {
    const xml =
      '<sheetData><row r="1"><c/></row><x:row r="2"></x:row><row><c/></row><rows/><rowBreaks/></sheetData>';
    for (let size = 1; size <= xml.length; size++) {
      const counter = new SheetRowCounter();
      for (let at = 0; at < xml.length; at += size) counter.add(Buffer.from(xml.slice(at, at + size)));
      expect(counter.rows).toBe(3);
    }
  });

  it('knows which parts are worksheets', () => {
    expect(isWorksheetPart('xl/worksheets/sheet1.xml')).toBe(true);
    expect(isWorksheetPart('xl/worksheets/_rels/sheet1.xml.rels')).toBe(false);
    expect(isWorksheetPart('xl/sharedStrings.xml')).toBe(false);
  });
});
