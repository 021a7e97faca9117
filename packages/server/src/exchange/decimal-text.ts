const DECIMAL_TEXT = /^\d+(\.\d+)?$/;

/** "0.9000" and "0.90" as "0.9"; anything that is not plain decimal text is returned unchanged. */
function canonical(text: string): string {
  if (!DECIMAL_TEXT.test(text)) return text;
  const [whole = '', fraction = ''] = text.split('.');
  const digits = fraction.replace(/0+$/, '');
  const integer = whole.replace(/^0+(?=\d)/, '');
  return digits ? `${integer}.${digits}` : integer;
}

/**
 * Whether two stored decimal texts (rates, person-months) are the same number: the database keeps the
 * text it was given ("0.9000"), a spreadsheet hands back a number cell (0.9), and a re-import of an
 * export must read as unchanged.
 */
export function sameDecimalText(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  return canonical(a) === canonical(b);
}
