import { CODES, col, USCC_COLUMN } from './exchange-codes.ts';
import type { ExchangeColumn } from './exchange-column.ts';

/** Sheet Contracts: one row per contract, keyed by (USCC, the enterprise's own contract number). */
export const CONTRACTS_SHEET = { 'zh-CN': '合同', en: 'Contracts' } as const;
export const EXECUTIONS_SHEET = { 'zh-CN': '执行', en: 'Executions' } as const;

const REFERENCE = col('reference', ['合同编号', 'Contract reference'], 'text', {
  required: true,
  note: ['企业自己的合同编号，在本企业内唯一', 'the enterprise’s own contract number, unique per enterprise'],
});

export const CONTRACT_COLUMNS: readonly ExchangeColumn[] = [
  USCC_COLUMN,
  REFERENCE,
  col('clientName', ['客户名称', 'Client name'], 'text', { required: true }),
  col('clientCountry', ['客户国家/地区', 'Client country'], 'code', {
    required: true,
    codes: CODES.countries,
    note: ['ISO 3166-1 二字母代码；港澳台属离岸', 'ISO 3166-1 alpha-2; HK, MO and TW count as offshore'],
  }),
  col('serviceCode', ['服务代码', 'Service code'], 'code', { required: true, codes: CODES.services }),
  col('signedOn', ['签订日期', 'Signed on'], 'date', { required: true, note: ['YYYY-MM-DD', 'YYYY-MM-DD'] }),
  col('value.currency', ['币种', 'Currency'], 'code', {
    required: true,
    codes: CODES.currencies,
    note: ['ISO 4217 代码', 'ISO 4217 code'],
  }),
  col('value.amount', ['合同金额', 'Amount'], 'decimal', {
    required: true,
    note: ['原币金额', 'in the contract currency'],
  }),
  col('value.rateToCny', ['对人民币汇率', 'Rate to CNY'], 'decimal', {
    note: ['1 单位原币折合人民币；人民币合同填 1 或留空', 'CNY per unit; 1 or empty for CNY contracts'],
  }),
];

/** Exported after the template columns; imports ignore them. */
export const CONTRACT_READ_ONLY: readonly ExchangeColumn[] = [
  col('offshore', ['离岸', 'Offshore'], 'boolean', { readOnly: true }),
  col('valueCny', ['合同金额（人民币）', 'Amount (CNY)'], 'money', { readOnly: true, note: ['元', 'CNY'] }),
  col('createdAt', ['登记时间', 'Registered at'], 'text', { readOnly: true }),
];

export const EXECUTION_COLUMNS: readonly ExchangeColumn[] = [
  USCC_COLUMN,
  REFERENCE,
  col('periodStart', ['期间开始', 'Period start'], 'date', { required: true }),
  col('periodEnd', ['期间结束', 'Period end'], 'date', {
    required: true,
    note: ['与开始日期同一年', 'in the same year as the period start'],
  }),
  col('amount', ['执行金额', 'Amount'], 'decimal', {
    required: true,
    note: ['合同币种', 'in the contract currency'],
  }),
  col('rateToCny', ['对人民币汇率', 'Rate to CNY'], 'decimal', {
    note: ['留空则用合同汇率', 'empty: the contract’s rate'],
  }),
  col('personMonths', ['人月', 'Person-months'], 'decimal', { note: ['大于 0', 'greater than 0'] }),
];

export const EXECUTION_READ_ONLY: readonly ExchangeColumn[] = [
  col('amountCny', ['执行金额（人民币）', 'Amount (CNY)'], 'money', { readOnly: true, note: ['元', 'CNY'] }),
  col('createdAt', ['登记时间', 'Registered at'], 'text', { readOnly: true }),
];
