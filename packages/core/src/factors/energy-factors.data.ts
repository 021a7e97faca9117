import type { FactorEntry } from './factor.types.ts';

/**
 * Parameters of the NDRC 2015 guideline's appendix table (《工业其他行业企业温室气体排放核算方法与报告指南
 * （试行）》, 发改办气候〔2015〕1722号, 附录二 表2.1 常用化石燃料相关参数缺省值), kept as data so a test can
 * re-derive the shipped per-m³ and per-litre values. Diesel's density is not in the guideline: 0.84 kg/L
 * is assumed, inside the 810–845 kg/m³ (20 °C) range of GB 19147-2016 for grades 5#/0#/-10#.
 */
export const NDRC_2015_FUEL_PARAMETERS = {
  naturalGas: { netCalorificValueGjPer10kNm3: '389.31', carbonTcPerTj: '15.30', oxidationRate: '0.99' },
  diesel: {
    netCalorificValueGjPerT: '42.652',
    carbonTcPerTj: '20.20',
    oxidationRate: '0.98',
    densityKgPerLitre: '0.84',
  },
} as const;

const NDRC_2015 =
  '《工业其他行业企业温室气体排放核算方法与报告指南（试行）》(NDRC, 发改办气候〔2015〕1722号, 2015-07-06), 附录二 表2.1';

const CEC_SUPPLY_COAL =
  'China Electricity Council (中电联), 全国电力工业统计快报: national average coal consumption of thermal power ' +
  'supply (6000 kW and above, 全国火电厂供电标准煤耗)';

// The quick statistics are released in January of the following year; the day is not recorded, so 01.
const tceEquivalent = (year: number, value: string, gramsPerKwh: string): FactorEntry => ({
  id: `cn-tce-equivalent-${year}`,
  kind: 'tce-equivalent',
  region: 'national',
  year,
  value,
  unit: 'kgce/kWh',
  source: `${CEC_SUPPLY_COAL}, ${year}: ${gramsPerKwh} gce/kWh (等价值, generation-equivalent coefficient), released January ${year + 1}`,
  publishedOn: `${year + 1}-01-01`,
});

/** Standard-coal coefficients of electricity and Scope 1 combustion factors. */
export const ENERGY_FACTORS: readonly FactorEntry[] = [
  {
    id: 'cn-tce-calorific-gbt2589-2020',
    kind: 'tce-calorific',
    region: 'national',
    year: 2020,
    value: '0.1229',
    unit: 'kgce/kWh',
    source:
      'GB/T 2589-2020 《综合能耗计算通则》, 附录A 表A.1: 电力（当量值）0.1229 kgce/kWh (3600 kJ ÷ 29307 kJ/kgce)',
    publishedOn: '2020-09-29',
  },
  tceEquivalent(2020, '0.3055', '305.5'),
  tceEquivalent(2021, '0.3025', '302.5'),
  tceEquivalent(2022, '0.3007', '300.7'),
  {
    id: 'cn-fuel-natural-gas-ndrc-2015',
    kind: 'fuel-natural-gas',
    region: 'national',
    year: 2015,
    value: '2.1622',
    unit: 'kgCO2/m3',
    source:
      `${NDRC_2015}: 天然气 net calorific value 389.31 GJ/10⁴Nm³ × carbon content 15.30 tC/TJ × oxidation ` +
      '99% × 44/12 = 2.162189 kgCO2/m³ (rounded to 4 decimals; CO2 only)',
    publishedOn: '2015-07-06',
  },
  {
    id: 'cn-fuel-diesel-ndrc-2015',
    kind: 'fuel-diesel',
    region: 'national',
    year: 2015,
    value: '2.6006',
    unit: 'kgCO2/L',
    source:
      `${NDRC_2015}: 柴油 net calorific value 42.652 GJ/t × carbon content 20.20 tC/TJ × oxidation 98% × 44/12 ` +
      '= 3.095910 kgCO2/kg; × density 0.84 kg/L (assumed, GB 19147-2016 range) = 2.600564 kgCO2/L ' +
      '(rounded to 4 decimals; CO2 only)',
    publishedOn: '2015-07-06',
  },
];
