/** Service catalogue of spec/catalogue.md: Greenshore's own stable codes, mapped to class and focus area. */

export const SERVICE_CLASSES = ['ITO', 'BPO', 'KPO'] as const;
export type ServiceClass = (typeof SERVICE_CLASSES)[number];

export const FOCUS_AREAS = [
  'software-development',
  'software-testing',
  'research-design',
  'financial-services',
  'creative-industry',
  'telecom-projects',
  'talent-training',
  'other',
] as const;
export type FocusArea = (typeof FOCUS_AREAS)[number];

export interface ServiceCode {
  code: string;
  nameZh: string;
  nameEn: string;
  /** null for OTHER: revenue outside service outsourcing has no class. */
  serviceClass: ServiceClass | null;
  focusArea: FocusArea | null;
  /** GB/T 46403-2025 code: kept empty until the standard's table is available (spec/catalogue.md). */
  gbt46403Code: string | null;
}

const row = (
  code: string,
  nameZh: string,
  nameEn: string,
  serviceClass: ServiceClass | null,
  focusArea: FocusArea | null,
): ServiceCode => ({ code, nameZh, nameEn, serviceClass, focusArea, gbt46403Code: null });

export const SERVICE_CODES: readonly ServiceCode[] = [
  row(
    'ITO-01',
    '软件研发服务（定制、嵌入式、套装、系统软件开发）',
    'Software research & development',
    'ITO',
    'software-development',
  ),
  row(
    'ITO-02',
    '软件技术服务（咨询、维护、培训、测试）',
    'Software technical services incl. testing',
    'ITO',
    'software-testing',
  ),
  row('ITO-03', '测试平台服务', 'Test-platform services', 'ITO', 'software-testing'),
  row('ITO-04', '集成电路和电子电路设计', 'IC and electronic circuit design', 'ITO', 'research-design'),
  row(
    'ITO-05',
    '信息技术运维与基础网络服务',
    'IT operations, maintenance and network services',
    'ITO',
    'telecom-projects',
  ),
  row(
    'ITO-06',
    '信息技术解决方案与电子商务平台',
    'IT solutions and e-commerce platforms',
    'ITO',
    'software-development',
  ),
  row(
    'BPO-01',
    '企业内部管理服务（财务、人力、数据处理）',
    'Internal management (finance, HR, data processing)',
    'BPO',
    'financial-services',
  ),
  row(
    'BPO-02',
    '企业运营服务（金融后台、呼叫中心）',
    'Business operations (financial back office, contact centre)',
    'BPO',
    'financial-services',
  ),
  row('BPO-03', '供应链管理服务', 'Supply-chain management', 'BPO', 'other'),
  row('KPO-01', '产品技术研发与工程设计', 'Product R&D and engineering design', 'KPO', 'research-design'),
  row('KPO-02', '工业设计', 'Industrial design', 'KPO', 'research-design'),
  row(
    'KPO-03',
    '动漫、网游设计研发与文化创意',
    'Animation, games and creative design',
    'KPO',
    'creative-industry',
  ),
  row('KPO-04', '分析学和数据挖掘', 'Analytics and data mining', 'KPO', 'financial-services'),
  row('KPO-05', '教育课件研发', 'Courseware development', 'KPO', 'talent-training'),
  row('OTHER', '非服务外包收入', 'Revenue outside service outsourcing', null, null),
];

export const SERVICE_CODE_KEYS = SERVICE_CODES.map((c) => c.code) as [string, ...string[]];

const byCode = new Map(SERVICE_CODES.map((c) => [c.code, c]));

export function findServiceCode(code: string): ServiceCode | undefined {
  return byCode.get(code);
}

/** "Software" in the seed's 87.3% (spec/catalogue.md): software-development + software-testing. */
export const SOFTWARE_FOCUS_AREAS: readonly FocusArea[] = ['software-development', 'software-testing'];

export function isServiceOutsourcing(code: string): boolean {
  return code !== 'OTHER';
}

export function isSoftwareCode(code: string): boolean {
  const focus = byCode.get(code)?.focusArea;
  return focus != null && SOFTWARE_FOCUS_AREAS.includes(focus);
}
