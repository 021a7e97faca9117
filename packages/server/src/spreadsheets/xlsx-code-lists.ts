import type ExcelJS from 'exceljs';
import type { TableSheet } from './spreadsheet.types.ts';

/** Templates get drop-downs down to this row; exports with more rows are not templates. */
const VALIDATED_LAST_ROW = 1000;
/** Excel caps an inline list formula at 255 characters. */
const INLINE_LIST_MAX = 255;
const LISTS_SHEET = 'lists';

/** exceljs has the range form of data validations but does not type it. */
interface RangeValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/**
 * Adds a drop-down list to each coded column of the sheets with fewer rows than a template holds. Long
 * lists live in a very hidden `lists` sheet (readers skip it), because inline lists are capped.
 */
export function addCodeLists(
  workbook: ExcelJS.Workbook,
  written: readonly (readonly [TableSheet, ExcelJS.Worksheet])[],
): void {
  let lists: ExcelJS.Worksheet | undefined;
  const listRange = (codes: readonly string[]): string => {
    lists ??= workbook.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
    const sheet = lists;
    const column = sheet.columnCount + 1;
    codes.forEach((code, i) => {
      sheet.getCell(i + 1, column).value = code;
    });
    const letter = sheet.getColumn(column).letter;
    return `${LISTS_SHEET}!$${letter}$1:$${letter}$${codes.length}`;
  };
  for (const [sheet, ws] of written) {
    if (sheet.rows.length >= VALIDATED_LAST_ROW - 1) continue;
    sheet.columns.forEach((col, i) => {
      if (!col.codes?.length) return;
      const formula = inlineList(col.codes) ?? listRange(col.codes);
      const letter = ws.getColumn(i + 1).letter;
      (ws as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${VALIDATED_LAST_ROW}`, {
        type: 'list',
        // Unused template rows stay blank; the import reports a missing required value.
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
      });
    });
  }
}

function inlineList(codes: readonly string[]): string | undefined {
  if (codes.some((code) => code.includes(',') || code.includes('"'))) return undefined;
  const formula = `"${codes.join(',')}"`;
  return formula.length <= INLINE_LIST_MAX ? formula : undefined;
}
