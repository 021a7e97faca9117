import { expect, test } from 'vitest';
import { formatCny, formatPercent, formatTonnesCo2e } from './format.ts';

test('money in 万元 and 亿元 for Chinese readers, thousands and millions for English ones', () => {
  expect(formatCny(123_456_789, 'zh-CN')).toBe('1.23 亿元');
  expect(formatCny(56_700, 'zh-CN')).toBe('5.67 万元');
  expect(formatCny(123_456_789, 'en')).toBe('CNY 123.46 m');
  expect(formatCny(56_700, 'en')).toBe('CNY 56.7 k');
  expect(formatCny(null, 'en')).toBe('—');
});

test('shares and tonnes', () => {
  expect(formatPercent(0.873, 'en')).toBe('87.3%');
  expect(formatTonnesCo2e(536_600, 'en')).toBe('536.6 tCO2e');
});
