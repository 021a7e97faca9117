import { useTranslation } from 'react-i18next';
import { languageOf } from '../pages/review/review-format.ts';
import { statementHref } from './exchange-urls.ts';
import { PdfLink } from './pdf-link.tsx';

/** A report's enterprise carbon and value statement (PDF), in the UI language. */
export function StatementLink({ reportId }: { reportId: number }) {
  const { t, i18n } = useTranslation();
  return (
    <p className="download-bar">
      <PdfLink
        href={statementHref(reportId, languageOf(i18n.language))}
        text={t('exchange.pdf.statement')}
        label={t('exchange.pdf.statementLabel')}
        testId="statement-pdf"
      />
    </p>
  );
}
