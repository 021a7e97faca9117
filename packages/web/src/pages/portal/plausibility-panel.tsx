import type { PlausibilityFlag } from '@greenshore/core';
import { useTranslation } from 'react-i18next';

interface Props {
  flags: PlausibilityFlag[];
  explanations: Record<string, string>;
  onExplain: (code: string, text: string) => void;
}

/** Plausibility flags before submitting, each with the filer's explanation. */
export function PlausibilityPanel({ flags, explanations, onExplain }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card portal-section" aria-labelledby="flags-title" data-testid="flags">
      <h2 id="flags-title">{t('portal.flags.title')}</h2>
      {flags.length === 0 ? (
        <p className="muted">{t('portal.flags.none')}</p>
      ) : (
        <>
          <p>{t('portal.flags.intro')}</p>
          {flags.map((flag) => (
            <div key={flag.code} className="field flag" data-testid={`flag-${flag.code}`}>
              <p className="flag-title">{t(`portal.flags.code.${flag.code}`)}</p>
              <label htmlFor={`explain-${flag.code}`}>
                {t('portal.flags.explain', { code: t(`portal.flags.code.${flag.code}`) })}
              </label>
              <textarea
                id={`explain-${flag.code}`}
                rows={2}
                value={explanations[flag.code] ?? ''}
                onChange={(e) => onExplain(flag.code, e.target.value)}
              />
            </div>
          ))}
        </>
      )}
    </section>
  );
}
