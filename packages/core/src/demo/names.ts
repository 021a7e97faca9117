/**
 * Word lists for plausible, invented enterprise names: a two-character trade name (字号) with its
 * pinyin, an industry word chosen by the main service code, and an organisational form. Combinations
 * are invented; any likeness to a real firm is chance.
 */
export type Syllable = readonly [zh: string, pinyin: string];

/** '泓hong 恒heng' → [['泓', 'hong'], ['恒', 'heng']]: one character, then its pinyin. */
function parseSyllables(list: string): Syllable[] {
  return list.split(' ').map((s) => [s.charAt(0), s.slice(1)] as const);
}

export const FIRST_SYLLABLES: readonly Syllable[] = parseSyllables(
  '泓hong 恒heng 博bo 华hua 瑞rui 鼎ding 思si 卓zhuo 睿rui 宏hong 信xin 智zhi 启qi 明ming 赣gan ' +
    '洪hong 豫yu 滕teng 章zhang 江jiang 昌chang 嘉jia 联lian 创chuang 汇hui 天tian 云yun 星xing ' +
    '凌ling 腾teng 致zhi 青qing 万wan 鸿hong 辰chen 亿yi 金jin 灵ling 拓tuo 晨chen 易yi 融rong 新xin ' +
    '捷jie 远yuan 安an 丰feng 德de',
);

export const SECOND_SYLLABLES: readonly Syllable[] = parseSyllables(
  '信xin 泰tai 达da 远yuan 通tong 创chuang 维wei 数shu 联lian 讯xun 盛sheng 源yuan 峰feng 宇yu ' +
    '航hang 科ke 弘hong 辉hui 拓tuo 驰chi 锐rui 捷jie 智zhi 晟sheng 翔xiang 迅xun 成cheng 和he 安an ' +
    '博bo 纳na 森sen 坤kun 蓝lan 途tu 钧jun',
);

export type IndustryWord = readonly [zh: string, en: string];

/** Industry words by main service code (what a Chinese business licence name would say). */
export const INDUSTRY_WORDS: Readonly<Record<string, readonly IndustryWord[]>> = {
  'ITO-01': [
    ['软件技术', 'Software Technology'],
    ['软件', 'Software'],
    ['信息技术', 'Information Technology'],
    ['数字科技', 'Digital Technology'],
    ['软件开发', 'Software Development'],
  ],
  'ITO-02': [
    ['软件测试技术', 'Software Testing Technology'],
    ['信息技术服务', 'IT Services'],
    ['软件服务', 'Software Services'],
  ],
  'ITO-03': [
    ['检测技术', 'Testing Technology'],
    ['质量工程', 'Quality Engineering'],
  ],
  'ITO-04': [
    ['微电子', 'Microelectronics'],
    ['集成电路设计', 'IC Design'],
  ],
  'ITO-05': [
    ['信息系统', 'Information Systems'],
    ['通信技术', 'Communication Technology'],
  ],
  'ITO-06': [
    ['网络科技', 'Network Technology'],
    ['智能科技', 'Intelligent Technology'],
    ['电子商务', 'E-commerce'],
    ['信息科技', 'Information Science & Technology'],
  ],
  'BPO-01': [
    ['企业管理服务', 'Business Management Services'],
    ['数据服务', 'Data Services'],
  ],
  'BPO-02': [
    ['金融信息服务', 'Financial Information Services'],
    ['客户服务', 'Customer Services'],
  ],
  'BPO-03': [['供应链管理', 'Supply Chain Management']],
  'KPO-01': [
    ['工程技术', 'Engineering Technology'],
    ['科技研发', 'Technology R&D'],
  ],
  'KPO-02': [['工业设计', 'Industrial Design']],
  'KPO-03': [
    ['动漫', 'Animation'],
    ['文化创意', 'Cultural & Creative'],
    ['虚拟现实科技', 'VR Technology'],
  ],
  'KPO-04': [
    ['数据科技', 'Data Technology'],
    ['大数据', 'Big Data'],
  ],
  'KPO-05': [['教育科技', 'Education Technology']],
};

/** Client-name parts per country: [prefixes, suffixes]; CN clients are written in Chinese. */
export const CLIENT_NAME_PARTS: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  JP: [
    ['Tokai', 'Hokuto', 'Minato', 'Sakuragawa', 'Kansai', 'Aoba', 'Shinwa', 'Chuo'],
    [
      'Systems Co., Ltd.',
      'Information Services K.K.',
      'Solutions Co., Ltd.',
      'Software K.K.',
      'Denki Co., Ltd.',
    ],
  ],
  US: [
    ['Lakeshore', 'Cedar Point', 'Blue Ridge', 'Harborview', 'Summit', 'Redwood', 'Prairie'],
    [
      'Health Analytics Inc.',
      'Insurance Group LLC',
      'Software Inc.',
      'Retail Systems Corp.',
      'Logistics Inc.',
    ],
  ],
  HK: [
    ['Harbourline', 'Kowloon Bay', 'Victoria Peak', 'Tsim Sha', 'Pearl Delta'],
    ['Securities Ltd.', 'Insurance Ltd.', 'Trading Co. Ltd.', 'Holdings Ltd.'],
  ],
  MO: [
    ['Lotus', 'Taipa', 'Senado'],
    ['Entertainment Ltd.', 'Services Ltd.'],
  ],
  TW: [
    ['Formosa', 'Hsinchu', 'Jade Mountain'],
    ['Electronics Co., Ltd.', 'Technology Corp.'],
  ],
  KR: [
    ['Hanbit', 'Daehan', 'Seoulin', 'Gyeong'],
    ['Mobile Co., Ltd.', 'Electronics Co., Ltd.', 'Finance Co., Ltd.'],
  ],
  DE: [
    ['Rheinwerk', 'Nordstern', 'Isartal', 'Elbtal'],
    ['Automotive GmbH', 'Maschinenbau AG', 'Versicherung AG', 'Software GmbH'],
  ],
  SG: [
    ['Straits', 'Marina', 'Raffles Quay', 'Orchard'],
    ['Logistics Pte. Ltd.', 'Capital Pte. Ltd.', 'Digital Pte. Ltd.'],
  ],
  CN: [
    ['江西赣江', '南昌洪都', '江西鄱湖', '江西庐山', '南昌滕王', '江西井冈'],
    [
      '城市商业银行股份有限公司',
      '电力信息科技有限公司',
      '智慧交通有限公司',
      '医疗集团有限公司',
      '制造股份有限公司',
    ],
  ],
};
