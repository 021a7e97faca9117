import { expect, test } from 'vitest';
import { languageOf } from './review-format.ts';

test('an unsupported UI language falls back to the default', () => {
  expect(languageOf('en')).toBe('en');
  expect(languageOf('zh-CN')).toBe('zh-CN');
  expect(languageOf('fr')).toBe('zh-CN');
});
