import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language, MESSAGES } from '@greenshore/core';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

const STORAGE_KEY = 'greenshore.language';

/** Initialises i18next synchronously from the core catalogue (no network fetch, no flash of keys). */
export function setupI18n(): typeof i18next {
  const resources = Object.fromEntries(LANGUAGES.map((lng) => [lng, { translation: MESSAGES[lng] }]));
  i18next.on('languageChanged', applyLanguage);
  void i18next.use(initReactI18next).init({
    resources,
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    // React already escapes text nodes; escaping twice would show entities such as &amp;.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}

/** Switches language; the `languageChanged` handler persists it and updates the document. */
export function changeLanguage(lng: Language): void {
  void i18next.changeLanguage(lng);
}

function applyLanguage(lng: string): void {
  // Screen readers and CJK font selection both rely on the document language.
  document.documentElement.lang = lng;
  document.title = `${i18next.t('app.name')} · ${i18next.t('app.tagline')}`;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Storage can be disabled (privacy mode); the choice then lasts for this page only.
  }
}

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Unreadable storage behaves like a first visit.
  }
  return DEFAULT_LANGUAGE;
}
