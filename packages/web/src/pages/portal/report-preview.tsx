import type { Language, PeriodResult } from '@greenshore/core';
import { useTranslation } from 'react-i18next';
import { formatPreview, previewRows } from './report-preview.model.ts';

/** Every computed figure, recomputed in the browser as the user types. */
export function ReportPreview({ result }: { result: PeriodResult | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <section className="card portal-preview" aria-labelledby="preview-title" aria-live="polite">
      <h2 id="preview-title">{t('portal.preview.title')}</h2>
      <p className="muted">{t('portal.preview.intro')}</p>
      {result === null ? (
        <p data-testid="preview-invalid">{t('portal.preview.invalid')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('portal.preview.figure')}</th>
              <th scope="col">{t('portal.preview.value')}</th>
            </tr>
          </thead>
          <tbody>
            {previewRows(result).map((row) => (
              <tr key={row.key}>
                <th scope="row">{t(`portal.preview.${row.key}`)}</th>
                <td data-testid={`preview-${row.key}`}>{formatPreview(row, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
