import { describe, expect, test } from 'vitest';
import type { CityFigures, DashboardFilters, DashboardPayload } from './dashboard.types.ts';
import { buildDashboardCharts, isDashboardEmpty } from './dashboard-charts.ts';
import { formatChange } from './dashboard-format.ts';
import { dashboardPath, EMPTY_SELECTION, enterprisesHref } from './dashboard-query.ts';

const figures = (values: Record<string, number | null>, breakdowns = {}): CityFigures => ({
  year: 2024,
  rowCount: 2,
  enterpriseCount: 2,
  values,
  breakdowns,
});

const values = {
  'structure.serviceOutsourcingRevenueCny': 1_000_000,
  'structure.offshoreRevenueCny': 600_000,
  'structure.softwareShare': 0.9,
  'employment.headcount': 120,
};

const payload = (
  filters: DashboardFilters = { district: null, park: null, ownership: null, class: null },
): DashboardPayload => ({
  period: { year: 2024, quarter: null, previousYear: 2023 },
  filters,
  options: { years: [2024], districts: [], parks: [], ownerships: [], classes: [] },
  benchmark: { kgCo2ePer10kCnyValueAdded: 1800, year: 2020, source: 'x' },
  publishedSoftwareShare: 0.873,
  tiles: [],
  current: figures(values, {
    'structure.byFocusArea': {
      'software-testing': { amountCny: 200_000, share: 0.2 },
      'software-development': { amountCny: 800_000, share: 0.8 },
      other: { amountCny: 0, share: 0 },
    },
    'structure.byClientCountry': { JP: { amountCny: 600_000, share: 0.6 } },
  }),
  previous: figures({}),
  series: { years: [{ label: '2024', year: 2024, quarter: null, enterpriseCount: 2, values }], quarters: [] },
  districts: [{ code: '360102', nameZh: '东湖区', nameEn: 'Donghu', enterpriseCount: 2, values }],
});

describe('dashboard charts from the payload', () => {
  test('nine charts; focus areas largest first, zero areas left out, clicks open the filtered list', () => {
    const charts = buildDashboardCharts(payload(), 'en');
    expect(charts.map((c) => c.id)).toHaveLength(9);
    const focus = charts.find((c) => c.id === 'focus-area');
    expect(focus?.targets).toEqual([
      '/enterprises?focusArea=software-development',
      '/enterprises?focusArea=software-testing',
    ]);
    expect(focus?.table.rows[0]).toEqual(['Software development', 'CNY 800 k', '80.0%']);
    expect(focus?.note).toContain('87.3%');
    expect(charts.find((c) => c.id === 'client-countries')?.targets).toEqual(['/enterprises?country=JP']);
  });

  test('the dashboard’s district and ownership filters carry over to the list', () => {
    const filtered = payload({ district: '360102', park: null, ownership: 'foreign', class: null });
    const districts = buildDashboardCharts(filtered, 'zh-CN').find((c) => c.id === 'districts');
    expect(districts?.targets).toEqual(['/enterprises?districtCode=360102&ownership=foreign']);
    expect(districts?.links[0]?.label).toBe('东湖区');
  });

  test('empty selections, API paths and changes', () => {
    const empty = {
      ...payload(),
      current: { ...figures({}), rowCount: 0 },
      series: { years: [], quarters: [] },
    };
    expect(isDashboardEmpty(empty)).toBe(true);
    expect(isDashboardEmpty(payload())).toBe(false);
    expect(dashboardPath(EMPTY_SELECTION)).toBe('/dashboard');
    expect(dashboardPath({ ...EMPTY_SELECTION, year: '2024', class: 'ITO' })).toBe(
      '/dashboard?year=2024&class=ITO',
    );
    expect(enterprisesHref({ district: null, park: 3, ownership: null, class: 'ITO' })).toBe('/enterprises');
    expect(formatChange(0.012, 0.03, 'ratio', 'en')).toBe('+1.2 pp');
    expect(formatChange(-100, -0.1, 'CNY', 'en')).toBe('-10.0%');
    expect(formatChange(null, null, 'CNY', 'en')).toBe('—');
  });
});
