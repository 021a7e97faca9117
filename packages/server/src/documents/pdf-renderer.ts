import fs from 'node:fs';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { DEFAULT_PDF_FONT_PATH } from '../config/config.ts';
import { HttpError } from '../http/http-errors.ts';

/** The family text is set in; the face inside the WenQuanYi collection (a TTC) is named by PostScript name. */
export const PDF_FONT = 'WenQuanYiMicroHei';

/**
 * The family charts' SVG text asks for. svg-to-pdfkit calls `doc.font(entry)` with one argument, which
 * cannot name a face inside a TTC; a bare PostScript name instead hits pdfkit's cache of the face the
 * text already loaded (every document starts with text, so it is loaded before any chart).
 */
export const PDF_SVG_FONT = 'WenQuanYiMicroHeiSvg';

export const fontMissingMessage = (path: string) =>
  `PDF font not found at ${path}: install fonts-wqy-microhei or set GREENSHORE_PDF_FONT`;

/** The configured font, or 503 naming it: without a CJK font no Chinese document can be set. */
export function requirePdfFont(configured: string | undefined): string {
  const path = configured ?? DEFAULT_PDF_FONT_PATH;
  if (!fs.existsSync(path)) throw new HttpError(503, fontMissingMessage(path));
  return path;
}

/**
 * Renders a document definition to PDF bytes. pdfmake is one process-wide instance, so fonts and
 * policies are set right before each createPdf, which reads them synchronously. The policies refuse
 * every URL and every local file but the font: no document content can make the server read or fetch.
 */
export async function renderPdf(doc: TDocumentDefinitions, fontPath: string): Promise<Buffer> {
  const face = [fontPath, PDF_FONT];
  pdfmake.setFonts({
    [PDF_FONT]: { normal: face, bold: face, italics: face, bolditalics: face },
    [PDF_SVG_FONT]: { normal: PDF_FONT, bold: PDF_FONT, italics: PDF_FONT, bolditalics: PDF_FONT },
  } as never);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path === fontPath);
  return pdfmake.createPdf({ ...doc, defaultStyle: { font: PDF_FONT, ...doc.defaultStyle } }).getBuffer();
}
