import type { MessageCatalogue } from '@greenshore/core';

// Types `t('…')` against the core catalogue, so a misspelt key fails `tsc` rather than rendering the key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: MessageCatalogue };
  }
}
