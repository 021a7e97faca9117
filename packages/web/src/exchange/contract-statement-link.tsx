import { useTranslation } from 'react-i18next';
import { languageOf } from '../pages/review/review-format.ts';
import { carbonStatementHref, contractStatementYear } from './exchange-urls.ts';
import { PdfLink } from './pdf-link.tsx';

interface ContractRef {
  id: number;
  clientName: string;
  signedOn: string;
}

/** A contract's client carbon statement (PDF) for its default year; see `contractStatementYear`. */
export function ContractStatementLink({
  contract,
  executionEnds,
}: {
  contract: ContractRef;
  executionEnds?: string[];
}) {
  const { t, i18n } = useTranslation();
  const year = contractStatementYear(contract.signedOn, new Date(), executionEnds);
  return (
    <PdfLink
      href={carbonStatementHref(contract.id, year, languageOf(i18n.language))}
      text={t('exchange.pdf.carbonStatement')}
      label={t('exchange.pdf.carbonStatementLabel', { client: contract.clientName, year })}
      testId={`carbon-statement-${contract.id}`}
    />
  );
}
