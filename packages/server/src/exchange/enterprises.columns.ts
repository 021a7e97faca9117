import { CERTIFICATION_KINDS } from '../enterprises/certification.schema.ts';
import { CODES, col, USCC_COLUMN } from './exchange-codes.ts';
import type { ExchangeColumn } from './exchange-column.ts';

/** Sheet Enterprises: one row per enterprise, keyed by USCC; certifications in their own sheet (XLSX). */
export const ENTERPRISES_SHEET = { 'zh-CN': '企业', en: 'Enterprises' } as const;
export const CERTIFICATIONS_SHEET = { 'zh-CN': '认证', en: 'Certifications' } as const;

const YES_NO: [string, string] = ['是/否', 'yes/no'];

export const ENTERPRISE_COLUMNS: readonly ExchangeColumn[] = [
  USCC_COLUMN,
  col('nameZh', ['中文名称', 'Chinese name'], 'text', { required: true }),
  col('nameEn', ['英文名称', 'English name'], 'text', { required: true }),
  col('districtCode', ['区县代码', 'District code'], 'code', {
    required: true,
    note: ['行政区划代码，如 360113', 'administrative division code, e.g. 360113'],
  }),
  col('parkId', ['园区编号', 'Park id'], 'integer', { numeric: true, note: ['可留空', 'optional'] }),
  col('ownership', ['所有制', 'Ownership'], 'code', { required: true, codes: CODES.ownership }),
  col('investorCountry', ['投资方国家/地区', 'Investor country'], 'code', {
    codes: CODES.countries,
    note: ['外资、合资、港澳台企业必填', 'required for foreign, joint-venture and hmt'],
  }),
  col('registeredCapitalCny', ['注册资本', 'Registered capital'], 'money', { note: ['元', 'CNY'] }),
  col('fdi.currency', ['实际利用外资币种', 'FDI currency'], 'code', { codes: CODES.currencies }),
  col('fdi.amount', ['实际利用外资金额', 'FDI amount'], 'decimal', { note: ['原币', 'in the FDI currency'] }),
  col('fdi.rateToCny', ['外资对人民币汇率', 'FDI rate to CNY'], 'decimal'),
  col('foundedOn', ['成立日期', 'Founded on'], 'date'),
  col('mainServiceCode', ['主营服务代码', 'Main service code'], 'code', {
    required: true,
    codes: CODES.services,
  }),
  col('tase', ['技术先进型服务企业', 'TASE'], 'boolean', { note: YES_NO }),
  col('taseValidTo', ['技术先进型认定有效期至', 'TASE valid to'], 'date'),
];

export const ENTERPRISE_READ_ONLY: readonly ExchangeColumn[] = [
  col('rowVersion', ['版本', 'Version'], 'integer', { readOnly: true }),
  col('updatedAt', ['更新时间', 'Updated at'], 'text', { readOnly: true }),
];

export const CERTIFICATION_COLUMNS: readonly ExchangeColumn[] = [
  USCC_COLUMN,
  col('kind', ['认证类型', 'Kind'], 'code', { required: true, codes: CERTIFICATION_KINDS }),
  col('level', ['级别', 'Level'], 'code', {
    note: ['CMMI/PCMM 1–5，ITSS 1–4，ISO 留空', 'CMMI/PCMM 1–5, ITSS 1–4, ISO empty'],
  }),
  col('validFrom', ['有效期自', 'Valid from'], 'date', { required: true }),
  col('validTo', ['有效期至', 'Valid to'], 'date', { required: true }),
];
