import type { DemoDistrict, DemoPark } from './demo-city.types.ts';

/** Nanchang, Jiangxi: the city the demo is modelled on. */
export const DEMO_CITY = {
  cityCode: '360100',
  cityNameZh: '南昌市',
  cityNameEn: 'Nanchang',
  provinceCode: '360000',
} as const;

const district = (
  key: string,
  code: string,
  nameZh: string,
  nameEn: string,
  isZone = false,
): DemoDistrict => ({
  key,
  code,
  nameZh,
  nameEn,
  isZone,
});

/**
 * Districts and counties carry their GB/T 2260 codes. The two national development zones are not
 * administrative divisions and have no GB/T 2260 code, so they get local codes in the unused 36019x
 * range (documented in docs/adr/0003-demo-city.md).
 */
export const DEMO_DISTRICTS: readonly DemoDistrict[] = [
  district('donghu', '360102', '东湖区', 'Donghu District'),
  district('xihu', '360103', '西湖区', 'Xihu District'),
  district('qingyunpu', '360104', '青云谱区', 'Qingyunpu District'),
  district('qingshanhu', '360111', '青山湖区', 'Qingshanhu District'),
  district('xinjian', '360112', '新建区', 'Xinjian District'),
  district('honggutan', '360113', '红谷滩区', 'Honggutan District'),
  district('nanchang-county', '360121', '南昌县', 'Nanchang County'),
  district('anyi', '360123', '安义县', 'Anyi County'),
  district('jinxian', '360124', '进贤县', 'Jinxian County'),
  district(
    'hitech',
    '360191',
    '南昌高新技术产业开发区',
    'Nanchang High-tech Industrial Development Zone',
    true,
  ),
  district(
    'etdz',
    '360192',
    '南昌经济技术开发区',
    'Nanchang Economic & Technological Development Zone',
    true,
  ),
];

export const DEMO_PARKS: readonly DemoPark[] = [
  {
    key: 'so-core',
    districtKey: 'hitech',
    nameZh: '南昌服务外包示范城市核心区',
    nameEn: 'Nanchang Service Outsourcing Model City Core Area',
  },
  {
    key: 'hitech-software-park',
    districtKey: 'hitech',
    nameZh: '南昌高新区软件园',
    nameEn: 'Nanchang High-tech Zone Software Park',
  },
  {
    key: 'honggutan-finance-park',
    districtKey: 'honggutan',
    nameZh: '红谷滩金融后台服务园',
    nameEn: 'Honggutan Financial Back-Office Park',
  },
  {
    key: 'vr-creative-park',
    districtKey: 'honggutan',
    nameZh: '南昌VR与文化创意产业园',
    nameEn: 'Nanchang VR & Creative Industry Park',
  },
  {
    key: 'etdz-outsourcing-park',
    districtKey: 'etdz',
    nameZh: '南昌经开区服务外包产业园',
    nameEn: 'Nanchang ETDZ Service Outsourcing Park',
  },
];

/** Where firms sit: the High-tech Zone and Honggutan CBD dominate, the counties host few. */
export const DISTRICT_WEIGHTS: readonly (readonly [string, number])[] = [
  ['hitech', 28],
  ['honggutan', 18],
  ['etdz', 12],
  ['qingshanhu', 10],
  ['donghu', 8],
  ['xihu', 8],
  ['xinjian', 5],
  ['qingyunpu', 4],
  ['nanchang-county', 4],
  ['jinxian', 1.5],
  ['anyi', 1.5],
];

/** Office rent, CNY per m²·month, by district: Honggutan CBD dearest, counties cheapest. */
export const RENT_CNY_PER_M2_MONTH: Readonly<Record<string, readonly [number, number]>> = {
  honggutan: [58, 70],
  donghu: [50, 65],
  xihu: [48, 62],
  hitech: [45, 60],
  qingshanhu: [44, 55],
  etdz: [40, 50],
  qingyunpu: [40, 50],
  xinjian: [38, 46],
  'nanchang-county': [35, 42],
  anyi: [32, 40],
  jinxian: [32, 40],
};

export function findDistrict(key: string): DemoDistrict {
  const found = DEMO_DISTRICTS.find((d) => d.key === key);
  if (!found) throw new Error(`unknown demo district ${key}`);
  return found;
}
