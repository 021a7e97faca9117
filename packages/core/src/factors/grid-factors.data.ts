import type { FactorEntry } from './factor.types.ts';

const MEE_NBS_2021 =
  'Ministry of Ecology and Environment & National Bureau of Statistics, 《关于发布2021年电力二氧化碳排放因子的公告》' +
  '(公告2024年第12号, 2024-04-12), annex 1 《2021年电力二氧化碳排放因子》';
const MEE_NBS_2022 =
  'Ministry of Ecology and Environment & National Bureau of Statistics, 《关于发布2022年电力二氧化碳排放因子的公告》' +
  '(dated 2024-12-20, issued 2024-12-23), annex 《2022年电力二氧化碳排放因子》';

const location = (region: FactorEntry['region'], year: number, value: string): FactorEntry => ({
  id: `cn-grid-${region}-${year}`,
  kind: 'grid-location',
  region,
  year,
  value,
  unit: 'kgCO2/kWh',
  source:
    year === 2021
      ? `${MEE_NBS_2021}: ${region === 'national' ? '全国电力平均' : '区域电力平均'}二氧化碳排放因子`
      : `${MEE_NBS_2022}: ${region === 'national' ? '全国电力平均' : '区域电力平均'}二氧化碳排放因子`,
  publishedOn: year === 2021 ? '2024-04-12' : '2024-12-20',
});

/** Location-based grid factors (GHG Protocol Scope 2 Guidance, location-based method). */
export const GRID_LOCATION_FACTORS: readonly FactorEntry[] = [
  location('national', 2021, '0.5568'),
  location('national', 2022, '0.5366'),
  location('north', 2022, '0.6776'),
  location('northeast', 2022, '0.5564'),
  location('east', 2022, '0.5617'),
  location('central', 2022, '0.5395'),
  location('northwest', 2022, '0.5857'),
  location('south', 2022, '0.3869'),
  location('southwest', 2022, '0.2268'),
];

/**
 * Residual mix for the market-based method: the national average excluding market-traded non-fossil
 * power, i.e. what remains once green-certificate electricity has been claimed by its buyers.
 */
export const GRID_RESIDUAL_FACTORS: readonly FactorEntry[] = [
  {
    id: 'cn-grid-residual-national-2022',
    kind: 'grid-residual',
    region: 'national',
    year: 2022,
    value: '0.5856',
    unit: 'kgCO2/kWh',
    source: `${MEE_NBS_2022}: 全国电力平均二氧化碳排放因子（不包括市场化交易的非化石能源电量）`,
    publishedOn: '2024-12-20',
  },
];
