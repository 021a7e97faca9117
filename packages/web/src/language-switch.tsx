import { isLanguage, LANGUAGES, MESSAGES } from '@greenshore/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from './i18n.setup.ts';

/** A labelled native select: keyboard and screen-reader friendly without extra code. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch">
      <label htmlFor="language-select">{t('language.label')}</label>
      <select
        id="language-select"
        value={i18n.resolvedLanguage}
        onChange={(event) => {
          if (isLanguage(event.target.value)) changeLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((lng) => (
          // Each option names the language in itself, so a reader can find their own language.
          <option key={lng} value={lng} lang={lng}>
            {MESSAGES[lng].language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
