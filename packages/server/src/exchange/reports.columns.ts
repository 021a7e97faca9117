import { CODES, col, USCC_COLUMN } from './exchange-codes.ts';
import type { ExchangeColumn } from './exchange-column.ts';

/**
 * Sheet Reports in long form: one row per revenue line, keyed by (USCC, period type, period start); the
 * report's other fields repeat on each of its rows and must agree. Hardware and Cloud: XLSX only.
 */
export const REPORTS_SHEET = { 'zh-CN': '报表', en: 'Reports' } as const;
export const HARDWARE_SHEET = { 'zh-CN': '硬件', en: 'Hardware' } as const;
export const CLOUD_SHEET = { 'zh-CN': '云计算', en: 'Cloud' } as const;

const num = (key: string, header: [string, string], unit: [string, string], required = false) =>
  col(key, header, 'decimal', { numeric: true, note: unit, required });
const CNY: [string, string] = ['元', 'CNY'];
const PERSONS: [string, string] = ['人', 'persons'];

const REPORT_KEY: readonly ExchangeColumn[] = [
  USCC_COLUMN,
  col('periodType', ['报告期类型', 'Period type'], 'code', { required: true, codes: CODES.periodTypes }),
  col('period.start', ['期间开始', 'Period start'], 'date', { required: true }),
];

export const REPORT_COLUMNS: readonly ExchangeColumn[] = [
  ...REPORT_KEY,
  col('period.end', ['期间结束', 'Period end'], 'date', { required: true }),
  col('gridRegion', ['电网区域', 'Grid region'], 'code', { codes: CODES.gridRegions }),
  col('revenue.category', ['收入类别', 'Revenue category'], 'code', {
    required: true,
    codes: CODES.services,
  }),
  num('revenue.amountCny', ['收入金额', 'Revenue amount'], CNY, true),
  col('revenue.clientCountry', ['客户国家/地区', 'Client country'], 'code', {
    required: true,
    codes: CODES.countries,
  }),
  num('employees.average', ['平均从业人数', 'Average employees'], PERSONS, true),
  num('employees.collegeEducated', ['大专以上学历人数', 'College educated'], PERSONS, true),
  num('employees.newHires', ['新增从业人数', 'New hires'], PERSONS),
  num('employees.newGraduateHires', ['新增应届毕业生', 'New graduate hires'], PERSONS),
  num('costs.rentCny', ['房租', 'Rent'], CNY, true),
  num('costs.utilitiesCny', ['水电费', 'Utilities'], CNY, true),
  num('costs.otherIntermediateCny', ['其他中间投入', 'Other intermediate inputs'], CNY, true),
  num('costs.depreciationCny', ['固定资产折旧', 'Depreciation'], CNY, true),
  num('costs.labourCny', ['劳动者报酬', 'Labour compensation'], CNY, true),
  num('taxes.productionTaxesCny', ['生产税', 'Production taxes'], CNY),
  num('taxes.subsidiesCny', ['生产补贴', 'Subsidies'], CNY),
  num('taxes.vatCny', ['增值税', 'VAT'], CNY),
  num('taxes.corporateIncomeTaxCny', ['企业所得税', 'Corporate income tax'], CNY),
  num('taxes.individualIncomeTaxWithheldCny', ['代扣个人所得税', 'Individual income tax withheld'], CNY),
  num('energy.electricityKwh', ['用电量', 'Electricity'], ['千瓦时', 'kWh']),
  num('energy.greenElectricityKwh', ['绿电用量', 'Green electricity'], ['千瓦时', 'kWh']),
  num('energy.naturalGasM3', ['天然气', 'Natural gas'], ['立方米', 'm³']),
  num('energy.dieselLitres', ['柴油', 'Diesel'], ['升', 'litres']),
  col('sci.functionalUnit', ['SCI 功能单位', 'SCI functional unit'], 'text', {
    note: ['如 API 调用', 'e.g. API call'],
  }),
  num('sci.quantity', ['SCI 数量', 'SCI quantity'], ['功能单位数', 'functional units']),
];

export const REPORT_READ_ONLY: readonly ExchangeColumn[] = [
  col('status', ['状态', 'Status'], 'code', { readOnly: true }),
  col('version', ['版本', 'Version'], 'integer', { readOnly: true }),
  col('result.valueAdded.valueAddedCny', ['增加值', 'Value added'], 'money', { readOnly: true, note: CNY }),
  col(
    'result.emissions.totalLocationKgCo2e',
    ['排放量（基于位置）', 'Emissions (location-based)'],
    'decimal',
    { readOnly: true, note: ['千克二氧化碳当量', 'kg CO2e'] },
  ),
];

export const HARDWARE_COLUMNS: readonly ExchangeColumn[] = [
  ...REPORT_KEY,
  col('kind', ['设备类型', 'Kind'], 'text', { required: true }),
  num('count', ['数量', 'Count'], ['台', 'units'], true),
  num('embodiedKgCo2e', ['隐含碳', 'Embodied carbon'], ['千克二氧化碳当量/台', 'kg CO2e per unit'], true),
  num('lifetimeYears', ['使用年限', 'Lifetime'], ['年', 'years'], true),
];

export const CLOUD_COLUMNS: readonly ExchangeColumn[] = [
  ...REPORT_KEY,
  num('vcpuHours', ['vCPU 小时', 'vCPU hours'], ['小时', 'hours'], true),
  num('avgCpuUtilization', ['平均 CPU 利用率', 'Average CPU utilisation'], ['0–1', '0–1'], true),
  num('minWattsPerVcpu', ['最小功率', 'Min watts per vCPU'], ['瓦', 'W'], true),
  num('maxWattsPerVcpu', ['最大功率', 'Max watts per vCPU'], ['瓦', 'W'], true),
  num('pue', ['PUE', 'PUE'], ['≥ 1', '≥ 1'], true),
  num('replicationFactor', ['副本数', 'Replication factor'], ['≥ 1', '≥ 1']),
  num('gridKgCo2PerKwh', ['电网因子', 'Grid factor'], ['千克二氧化碳/千瓦时', 'kg CO2 per kWh']),
];
