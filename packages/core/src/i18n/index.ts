import { messagesEn } from './messages.en.ts';
import type { MessageCatalogue } from './messages.zh-CN.ts';
import { messagesZhCN } from './messages.zh-CN.ts';

export type { MessageCatalogue } from './messages.zh-CN.ts';

/** Supported UI languages, default first. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** Every catalogue by language; web (i18next resources), exports and CLI read from here. */
export const MESSAGES: Readonly<Record<Language, MessageCatalogue>> = {
  'zh-CN': messagesZhCN,
  en: messagesEn,
};

/** Dotted paths to every string in the catalogue, e.g. `'auth.login.title'`. */
export type MessageKey = DottedKey<MessageCatalogue>;

type DottedKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${DottedKey<T[K]>}`;
}[keyof T & string];

/** Narrows untrusted input (a stored preference, a CLI flag) to a supported language. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
export * from './format.ts';
