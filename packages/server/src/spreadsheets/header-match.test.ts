import { describe, expect, it } from 'vitest';
import { headerText, matchHeader } from './header-match.ts';
import type { ColumnSpec } from './spreadsheet.types.ts';

const columns: ColumnSpec[] = [
  { key: 'uscc', header: { 'zh-CN': '统一社会信用代码', en: 'USCC' }, type: 'code' },
  { key: 'rateToCny', header: { 'zh-CN': '汇率', en: 'Rate to CNY' }, type: 'decimal' },
  {
    key: 'energy.electricityKwh',
    header: { 'zh-CN': '用电量（千瓦时）', en: 'Electricity (kWh)' },
    type: 'decimal',
  },
];

describe('headers', () => {
  it('writes the bilingual header', () => {
    expect(headerText(columns[0] as ColumnSpec)).toBe('统一社会信用代码 / USCC');
  });

  it.each([
    ['统一社会信用代码 / USCC', 'uscc'],
    ['  统一社会信用代码  /  USCC ', 'uscc'],
    ['统一社会信用代码', 'uscc'],
    ['uscc', 'uscc'],
    ['USCC *', 'uscc'],
    ['rate TO cny', 'rateToCny'],
    ['汇率 / Exchange rate', 'rateToCny'],
    ['energy.electricityKwh', 'energy.electricityKwh'],
    ['Electricity (kWh)', 'energy.electricityKwh'],
  ])('matches %j to %s', (cell, key) => {
    expect(matchHeader(cell, columns)).toBe(key);
  });

  it.each(['', '  ', 'Status / 状态', 'Rate'])('matches nothing for %j', (cell) => {
    expect(matchHeader(cell, columns)).toBeUndefined();
  });
});
