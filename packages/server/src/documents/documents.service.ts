import { isLanguage, type Language } from '@greenshore/core';
import type { UserRow } from '../auth/users.repository.ts';
import type { AppContext } from '../http/app-context.ts';
import { HttpError } from '../http/http-errors.ts';
import { readAnnualReport } from './annual-report.data.ts';
import { annualReportDocument } from './annual-report.document.ts';
import { readClientStatement } from './client-statement.data.ts';
import { clientStatementDocument } from './client-statement.document.ts';
import { readEnterpriseStatement } from './enterprise-statement.data.ts';
import { enterpriseStatementDocument } from './enterprise-statement.document.ts';
import { renderPdf, requirePdfFont } from './pdf-renderer.ts';

export interface PdfFile {
  fileName: string;
  bytes: Buffer;
}

const invalid = (path: string, message: string) => new HttpError(400, `invalid ${path}`, [{ path, message }]);

/** A year the documents accept: 400 naming `year` otherwise (the CLI passes raw text here too). */
export function parseDocumentYear(value: unknown): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 1990 || year > 2100)
    throw invalid('year', 'a year 1990–2100 is required');
  return year;
}

/** A document language: 400 naming `lang` otherwise. */
export function parseDocumentLanguage(value: unknown): Language {
  if (!isLanguage(value)) throw invalid('lang', 'must be zh-CN or en');
  return value;
}

/** The three PDF documents; the HTTP routes and the CLI call these same functions. */
export class DocumentsService {
  constructor(private readonly ctx: AppContext) {}

  private today(): string {
    return this.ctx.clock().toISOString().slice(0, 10);
  }

  async annualReport(year: number, lang: Language): Promise<PdfFile> {
    const font = requirePdfFont(this.ctx.config.pdfFontPath);
    const data = await readAnnualReport(this.ctx, year);
    const bytes = await renderPdf(annualReportDocument(data, lang, this.today()), font);
    return { fileName: `greenshore-annual-report-${year}.${lang}.pdf`, bytes };
  }

  async enterpriseStatement(user: UserRow, reportId: number, lang: Language): Promise<PdfFile> {
    const data = await readEnterpriseStatement(this.ctx, user, reportId);
    const font = requirePdfFont(this.ctx.config.pdfFontPath);
    const bytes = await renderPdf(enterpriseStatementDocument(data, lang, this.today()), font);
    return { fileName: `greenshore-statement-report-${reportId}.${lang}.pdf`, bytes };
  }

  async clientStatement(user: UserRow, contractId: number, year: number, lang: Language): Promise<PdfFile> {
    const data = await readClientStatement(this.ctx, user, contractId, year);
    const font = requirePdfFont(this.ctx.config.pdfFontPath);
    const bytes = await renderPdf(clientStatementDocument(data, lang, this.today()), font);
    return { fileName: `greenshore-carbon-statement-contract-${contractId}-${year}.${lang}.pdf`, bytes };
  }
}
