import { expect, test } from 'vitest';
import {
  annualReportHref,
  carbonStatementHref,
  contractStatementYear,
  exportHref,
  filtersOfSearch,
  rowReportHref,
  statementHref,
  templateHref,
} from './exchange-urls.ts';

test('an export carries format, language and the page filters, but not paging or empty filters', () => {
  const filters = {
    q: '软件 & 测试',
    districtCode: '320102',
    ownership: '',
    limit: 500,
    offset: 20,
    sort: null,
  };
  expect(exportHref('enterprises', 'xlsx', 'zh-CN', filters)).toBe(
    '/api/v1/exports/enterprises?format=xlsx&lang=zh-CN&q=%E8%BD%AF%E4%BB%B6+%26+%E6%B5%8B%E8%AF%95&districtCode=320102',
  );
  expect(exportHref('contracts', 'csv', 'en')).toBe('/api/v1/exports/contracts?format=csv&lang=en');
});

test('a filter can never override the chosen format or language', () => {
  const href = exportHref('reports', 'csv', 'en', { format: 'xlsx', lang: 'zh-CN', status: 'submitted' });
  const params = new URL(href, 'http://x').searchParams;
  expect(params.getAll('format')).toEqual(['csv']);
  expect(params.getAll('lang')).toEqual(['en']);
  expect(params.get('status')).toBe('submitted');
});

test('reads a page query string into filters', () => {
  expect(filtersOfSearch('?periodType=monthly&period=2024-12')).toEqual({
    periodType: 'monthly',
    period: '2024-12',
  });
  expect(filtersOfSearch('')).toEqual({});
});

test('templates, row reports and PDFs', () => {
  expect(templateHref('contracts', 'en')).toBe('/api/v1/imports/templates/contracts?lang=en');
  expect(rowReportHref(7, 'zh-CN')).toBe('/api/v1/imports/7/errors.xlsx?lang=zh-CN');
  expect(annualReportHref(2025, 'en')).toBe('/api/v1/documents/annual-report?year=2025&lang=en');
  expect(statementHref(12, 'en')).toBe('/api/v1/reports/12/statement.pdf?lang=en');
  expect(carbonStatementHref(3, 2025, 'zh-CN')).toBe(
    '/api/v1/contracts/3/carbon-statement.pdf?year=2025&lang=zh-CN',
  );
});

test('a contract statement covers the last full year, or the signing year when that is later', () => {
  const today = new Date('2026-11-30T12:00:00Z');
  expect(contractStatementYear('2023-04-01', today)).toBe(2025);
  expect(contractStatementYear('2025-12-31', today)).toBe(2025);
  expect(contractStatementYear('2026-03-15', today)).toBe(2026);
  expect(contractStatementYear('', today)).toBe(2025);
});

test('with executions known, a contract statement covers the latest executed year, never a future one', () => {
  const today = new Date('2026-11-30T12:00:00Z');
  expect(contractStatementYear('2023-05-06', today, ['2023-06-30', '2023-12-31', '2023-09-30'])).toBe(2023);
  expect(contractStatementYear('2023-05-06', today, ['2024-03-31', '2027-03-31'])).toBe(2026);
  expect(contractStatementYear('2023-05-06', today, [])).toBe(2025);
});
