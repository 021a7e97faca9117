/** Templates of `greenshore calc --explain`, by stable key; `{name}` is filled from the figures. */
export type ExplainLang = 'zh-CN' | 'en';

const EN = {
  header: 'Greenshore calculation {version}: period {start} to {end} ({days} days), grid region {region}',
  factorYear: 'Grid factor year: {year}{fallback}',
  fallback: ' (FALLBACK: at least one factor is not published for {periodYear}; the nearest year is used)',
  'section.emissions': 'Emissions (GHG Protocol)',
  'section.energy': 'Energy (GB/T 2589-2020)',
  'section.valueAdded': 'Value added (production and income approaches)',
  'section.structure': 'Structure (service-outsourcing revenue)',
  'section.fiscal': 'Fiscal contribution',
  'section.intensities': 'Intensities (location-based)',
  'section.benchmark': 'Avoided emissions against the manufacturing benchmark',
  'section.sci': 'Software Carbon Intensity (ISO/IEC 21031)',
  'section.tase': 'Technologically advanced service enterprise (财税〔2017〕79号)',
  'section.factors': 'Factors used',
  scope1:
    'Scope 1 = natural gas {gasM3} m³ × {gasFactor} kgCO2/m³ + diesel {dieselL} L × {dieselFactor} kgCO2/L = {value} kgCO2e',
  scope2Location:
    'Scope 2 location-based = electricity {kwh} kWh × grid {factor} kgCO2/kWh [{id}] = {value} kgCO2e',
  scope2Market:
    'Scope 2 market-based = (electricity {kwh} − green {greenKwh}) kWh × residual mix {factor} kgCO2/kWh [{id}] = {value} kgCO2e',
  hardware:
    'Scope 3 hardware (SCI M term) = Σ count × embodied × period hours ÷ (lifetime × 8760 h) = {value} kgCO2e',
  hardwareLine: '  {kind}: {count} × {embodied} kgCO2e × {hours} h ÷ ({lifetime} × 8760 h) = {value} kgCO2e',
  cloud: 'Scope 3 cloud (Cloud Carbon Footprint) = Σ kWh × grid factor = {kwh} kWh → {value} kgCO2e',
  cloudLine:
    '  line {n}: {vcpuHours} vCPU-h × ({min} + {util} × ({max} − {min})) W ÷ 1000 × PUE {pue} × {replication} = {kwh} kWh × {factor} kgCO2/kWh',
  scope3: 'Scope 3 = hardware {hardware} + cloud {cloud} = {value} kgCO2e',
  totalLocation: 'Total, location-based = {s1} + {s2} + {s3} = {value} kgCO2e',
  totalMarket: 'Total, market-based = {s1} + {s2} + {s3} = {value} kgCO2e',
  tceCalorific: 'tce (calorific, 当量值) = {kwh} kWh × {factor} kgce/kWh [{id}] ÷ 1000 = {value} tce',
  tceEquivalent:
    'tce (generation equivalent, 等价值) = {kwh} kWh × {factor} kgce/kWh [{id}] ÷ 1000 = {value} tce',
  grossOutput: 'Gross output = Σ {lines} revenue lines = {value} CNY',
  intermediate:
    'Intermediate consumption = rent {rent} + utilities {utilities} + other {other} = {value} CNY',
  valueAdded: 'Value added = {gross} − {intermediate} = {value} CNY; rate = VA ÷ gross output = {rate}',
  incomeSplit:
    'Income split: labour {labour} + depreciation {depreciation} + net production taxes ({taxes} − subsidies {subsidies} = {net}) + operating surplus {surplus} = {value} CNY',
  loss: '  Operating surplus is negative: a loss (flagged, not an error).',
  serviceOutsourcing: 'Service-outsourcing revenue = Σ lines except OTHER = {value} CNY',
  offshore: 'Offshore revenue (client ≠ CN; HK, MO, TW are offshore) = {value} CNY; share = {share}',
  byClass: 'By class: {list}',
  byFocusArea: 'By focus area: {list}',
  taxes:
    'Taxes paid = VAT {vat} + production taxes {production} + CIT {cit} + IIT withheld {iit} = {value} CNY',
  kgPer10k: 'kgCO2e per 10k CNY VA = {kg} ÷ ({va} ÷ 10000) = {value}',
  tcePer10k: 'tce per 10k CNY VA = {tce} ÷ ({va} ÷ 10000) = {value}',
  kwhPerEmployee: 'kWh per employee = {kwh} ÷ {employees} = {value}',
  vaPerEmployee: 'Value added per employee = {va} ÷ {employees} = {value} CNY',
  jobsPerGwh: 'Jobs per GWh = {employees} ÷ ({kwh} ÷ 1000000) = {value}',
  benchmark: 'Avoided = VA {va} ÷ 10000 × {benchmark} − own total {kg} = {value} kgCO2e',
  sci: 'SCI = (scope 2 location {s2} + cloud {cloud} + hardware {hardware}) ÷ {quantity} {unit} = {value} kgCO2e per {unit}',
  taseCheck: '{rule}: {value} ≥ {threshold} → {verdict}',
  taseEligible: 'Eligible: {verdict}',
  'rule.college-share': 'college-educated ÷ average employees',
  'rule.service-outsourcing-share': 'service-outsourcing revenue ÷ total revenue',
  'rule.offshore-share': 'offshore revenue ÷ total revenue',
  factor: '[{id}] {value} {unit}, year {year}{fallback}: {source}{published}',
  published: ' (published {date})',
  fallbackMark: ', fallback',
  pass: 'pass',
  fail: 'fail',
  yes: 'yes',
  no: 'no',
  none: 'n/a (denominator is 0)',
};

export type ExplainKey = keyof typeof EN;

const ZH: Record<ExplainKey, string> = {
  header: 'Greenshore 计算 {version}：期间 {start} 至 {end}（{days} 天），电网区域 {region}',
  factorYear: '电网因子年份：{year}{fallback}',
  fallback: '（回退：{periodYear} 年至少有一个因子尚未发布，采用最近年份）',
  'section.emissions': '排放（温室气体核算体系）',
  'section.energy': '能源（GB/T 2589-2020）',
  'section.valueAdded': '增加值（生产法与收入法）',
  'section.structure': '结构（服务外包收入）',
  'section.fiscal': '财政贡献',
  'section.intensities': '强度（基于位置）',
  'section.benchmark': '相对制造业基准的减排量',
  'section.sci': '软件碳强度（ISO/IEC 21031）',
  'section.tase': '技术先进型服务企业（财税〔2017〕79号）',
  'section.factors': '所用因子',
  scope1:
    '范围一 = 天然气 {gasM3} m³ × {gasFactor} kgCO2/m³ + 柴油 {dieselL} L × {dieselFactor} kgCO2/L = {value} kgCO2e',
  scope2Location: '范围二（基于位置）= 用电 {kwh} kWh × 电网因子 {factor} kgCO2/kWh [{id}] = {value} kgCO2e',
  scope2Market:
    '范围二（基于市场）=（用电 {kwh} − 绿电 {greenKwh}）kWh × 剩余组合因子 {factor} kgCO2/kWh [{id}] = {value} kgCO2e',
  hardware:
    '范围三 硬件隐含排放（SCI M 项）= Σ 数量 × 隐含排放 × 期间小时 ÷（寿命 × 8760 h）= {value} kgCO2e',
  hardwareLine: '  {kind}：{count} × {embodied} kgCO2e × {hours} h ÷（{lifetime} × 8760 h）= {value} kgCO2e',
  cloud: '范围三 云服务（Cloud Carbon Footprint 方法）= Σ 电量 × 电网因子 = {kwh} kWh → {value} kgCO2e',
  cloudLine:
    '  第 {n} 行：{vcpuHours} vCPU·h ×（{min} + {util} ×（{max} − {min}））W ÷ 1000 × PUE {pue} × {replication} = {kwh} kWh × {factor} kgCO2/kWh',
  scope3: '范围三 = 硬件 {hardware} + 云 {cloud} = {value} kgCO2e',
  totalLocation: '合计（基于位置）= {s1} + {s2} + {s3} = {value} kgCO2e',
  totalMarket: '合计（基于市场）= {s1} + {s2} + {s3} = {value} kgCO2e',
  tceCalorific: '标准煤（当量值）= {kwh} kWh × {factor} kgce/kWh [{id}] ÷ 1000 = {value} tce',
  tceEquivalent: '标准煤（等价值）= {kwh} kWh × {factor} kgce/kWh [{id}] ÷ 1000 = {value} tce',
  grossOutput: '总产出 = Σ {lines} 条收入 = {value} 元',
  intermediate: '中间投入 = 租金 {rent} + 水电 {utilities} + 其他 {other} = {value} 元',
  valueAdded: '增加值 = {gross} − {intermediate} = {value} 元；增加值率 = {rate}',
  incomeSplit:
    '收入法：劳动者报酬 {labour} + 固定资产折旧 {depreciation} + 生产税净额（{taxes} − 补贴 {subsidies} = {net}）+ 营业盈余 {surplus} = {value} 元',
  loss: '  营业盈余为负：亏损（提示，不是错误）。',
  serviceOutsourcing: '服务外包收入 = Σ 非 OTHER 收入 = {value} 元',
  offshore: '离岸收入（客户 ≠ CN；港澳台属离岸）= {value} 元；占比 = {share}',
  byClass: '按类别：{list}',
  byFocusArea: '按重点领域：{list}',
  taxes:
    '纳税 = 增值税 {vat} + 税金及附加 {production} + 企业所得税 {cit} + 代扣个人所得税 {iit} = {value} 元',
  kgPer10k: '万元增加值碳排放 = {kg} ÷（{va} ÷ 10000）= {value} kgCO2e',
  tcePer10k: '万元增加值能耗 = {tce} ÷（{va} ÷ 10000）= {value} tce',
  kwhPerEmployee: '人均用电 = {kwh} ÷ {employees} = {value} kWh',
  vaPerEmployee: '人均增加值 = {va} ÷ {employees} = {value} 元',
  jobsPerGwh: '每吉瓦时就业 = {employees} ÷（{kwh} ÷ 1000000）= {value}',
  benchmark: '减排量 = 增加值 {va} ÷ 10000 × {benchmark} − 自身排放 {kg} = {value} kgCO2e',
  sci: 'SCI =（范围二位置 {s2} + 云 {cloud} + 硬件 {hardware}）÷ {quantity} {unit} = 每 {unit} {value} kgCO2e',
  taseCheck: '{rule}：{value} ≥ {threshold} → {verdict}',
  taseEligible: '符合条件：{verdict}',
  'rule.college-share': '大专以上学历员工 ÷ 平均职工人数',
  'rule.service-outsourcing-share': '服务外包收入 ÷ 总收入',
  'rule.offshore-share': '离岸服务外包收入 ÷ 总收入',
  factor: '[{id}] {value} {unit}，年份 {year}{fallback}：{source}{published}',
  published: '（发布于 {date}）',
  fallbackMark: '，回退',
  pass: '通过',
  fail: '未通过',
  yes: '是',
  no: '否',
  none: '不适用（分母为 0）',
};

const MESSAGES: Record<ExplainLang, Record<ExplainKey, string>> = { en: EN, 'zh-CN': ZH };

/** Fills one template; a value of null prints as the language's "n/a". */
export function explainText(
  lang: ExplainLang,
  key: ExplainKey,
  params: Record<string, string | number | null> = {},
): string {
  const messages = MESSAGES[lang];
  return messages[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    return value === null ? messages.none : String(value);
  });
}
