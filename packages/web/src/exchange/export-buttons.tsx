import { useTranslation } from 'react-i18next';
import { type ExportFilters, type ExportKind, exportHref, uiLanguage } from './exchange-urls.ts';
import './exchange.css';

/**
 * "Excel (XLSX)" and "CSV" downloads of a list with the filters it shows now. Links, not buttons: each
 * is a plain GET of a file, which the browser saves (the session cookie authenticates it).
 */
export function ExportButtons({ kind, filters = {} }: { kind: ExportKind; filters?: ExportFilters }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n.language);
  return (
    <ul className="export-buttons" aria-label={t('exchange.export.label')} data-testid={`export-${kind}`}>
      <li>
        <a
          className="download-link"
          href={exportHref(kind, 'xlsx', lang, filters)}
          download
          aria-label={t('exchange.export.xlsxLabel')}
        >
          {t('exchange.export.xlsx')}
        </a>
      </li>
      <li>
        <a
          className="download-link"
          href={exportHref(kind, 'csv', lang, filters)}
          download
          aria-label={t('exchange.export.csvLabel')}
        >
          {t('exchange.export.csv')}
        </a>
      </li>
    </ul>
  );
}
