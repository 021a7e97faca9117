import { useTranslation } from 'react-i18next';
import { type ExportFilters, type ExportFormat, type ExportKind, exportHref } from './exchange-urls.ts';
import './exchange.css';
import { languageOf } from '../pages/review/review-format.ts';

const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];

/**
 * "Excel (XLSX)" and "CSV" downloads of a list with the filters it shows now. Links, not buttons: each
 * is a plain GET of a file, which the browser saves (the session cookie authenticates it).
 */
export function ExportButtons({ kind, filters = {} }: { kind: ExportKind; filters?: ExportFilters }) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  return (
    <ul className="export-buttons" aria-label={t('exchange.export.label')} data-testid={`export-${kind}`}>
      {FORMATS.map((format) => (
        <li key={format}>
          <a
            className="download-link"
            href={exportHref(kind, format, lang, filters)}
            download
            aria-label={t(`exchange.export.${format}Label`)}
          >
            {t(`exchange.export.${format}`)}
          </a>
        </li>
      ))}
    </ul>
  );
}
