import { useTranslation } from 'react-i18next';
import type { ReportDto } from './review.types.ts';

/** The plausibility flags of the current version next to the filer's explanation of them. */
export function FlagsPanel({ report }: { report: ReportDto }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="flags-title" data-testid="flags-panel">
      <h2 id="flags-title">{t('review.flags.title')}</h2>
      {report.flags.length === 0 ? (
        <p>{t('review.flags.none')}</p>
      ) : (
        <div className="flags-grid">
          <ul className="flag-list">
            {report.flags.map((f) => (
              <li key={`${f.code}-${f.field}`}>
                <strong>{f.message}</strong>
                <br />
                <span className="muted">{t('review.flags.field', { field: f.field })}</span>
              </li>
            ))}
          </ul>
          <div>
            <h3>{t('review.flags.explanation')}</h3>
            {report.explanation ? (
              <blockquote className="explanation">{report.explanation}</blockquote>
            ) : (
              <p className="muted">{t('review.flags.noExplanation')}</p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
