import { describe, expect, it } from 'vitest';
import { isLanguage, LANGUAGES, MESSAGES } from './index.ts';

/** Flattens a catalogue to `[dotted key, text]` pairs. */
function entries(node: object, prefix = ''): [string, string][] {
  return Object.entries(node).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : entries(value as object, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
}

describe('message catalogues', () => {
  const reference = new Map(entries(MESSAGES['zh-CN']));

  it.each(LANGUAGES)('%s has the zh-CN keys, no empty text and the same placeholders', (lng) => {
    const texts = new Map(entries(MESSAGES[lng]));
    // tsc already enforces the key set; this guards against casts and against runtime-built catalogues.
    expect([...texts.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, text] of texts) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(reference.get(key) ?? ''));
    }
  });

  it('recognises only supported languages', () => {
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('zh-CN')).toBe(true);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage(null)).toBe(false);
  });
});
