import type { FocusArea } from '../catalogue/service-codes.ts';
import type { DemoCohort, DemoInstitute } from './demo-city.types.ts';
import { findDistrict } from './districts.ts';
import type { Rng } from './prng.ts';
import { createUsccFactory } from './uscc-gen.ts';

type CohortTemplate = readonly [nameZh: string, nameEn: string, focusArea: FocusArea];

/**
 * Two training institutes in the spirit of the seed's "(IBM) Pioneering Service Talent Training Base"
 * and "(Microsoft) Jiangxi IT Talent Training": generic names, claiming to be neither company.
 */
const INSTITUTES: readonly (readonly [DemoInstitute, readonly CohortTemplate[]])[] = [
  [
    {
      key: 'talent-base',
      uscc: '',
      nameZh: '南昌服务外包人才培训基地',
      nameEn: 'Nanchang Service Outsourcing Talent Training Base',
      districtKey: 'hitech',
    },
    [
      ['Java企业级开发', 'Java Enterprise Development', 'software-development'],
      [
        '对日软件外包（日语与编程）',
        'Japan-facing Software Outsourcing (Japanese and Programming)',
        'software-development',
      ],
      ['软件测试工程师', 'Software Test Engineer', 'software-testing'],
      ['金融服务外包', 'Financial Services Outsourcing', 'financial-services'],
    ],
  ],
  [
    {
      key: 'it-training-centre',
      uscc: '',
      nameZh: '江西信息技术人才培训中心',
      nameEn: 'Jiangxi IT Talent Training Centre',
      districtKey: 'qingshanhu',
    },
    [
      ['.NET与云应用开发', '.NET and Cloud Application Development', 'software-development'],
      ['网络与通信工程', 'Network and Telecom Engineering', 'telecom-projects'],
      ['VR内容与动漫设计', 'VR Content and Animation Design', 'creative-industry'],
      ['嵌入式与工业设计', 'Embedded Systems and Industrial Design', 'research-design'],
      ['服务外包师资', 'Service Outsourcing Trainers', 'talent-training'],
    ],
  ],
];

const TERMS = [
  { zh: '春季', en: 'Spring', start: '03-01', end: '06-30' },
  { zh: '秋季', en: 'Autumn', start: '09-01', end: '12-31' },
] as const;

/** Drop-outs, exam passes and placements: enrolled ≥ completed ≥ certified, placed ≤ completed. */
function cohort(
  rng: Rng,
  instituteKey: string,
  template: CohortTemplate,
  year: number,
  term: (typeof TERMS)[number],
): DemoCohort {
  const [nameZh, nameEn, focusArea] = template;
  const enrolled = rng.int(30, 90) + (year - 2022) * 5;
  const completed = Math.round(enrolled * rng.range(0.85, 0.97));
  return {
    instituteKey,
    nameZh: `${year}年${term.zh}${nameZh}班`,
    nameEn: `${nameEn}, ${term.en} ${year}`,
    focusArea,
    startOn: `${year}-${term.start}`,
    endOn: `${year}-${term.end}`,
    enrolled,
    completed,
    certified: Math.round(completed * rng.range(0.6, 0.9)),
    placed: Math.round(completed * rng.range(0.7, 0.95)),
  };
}

export function generateInstitutes(rng: Rng): { institutes: DemoInstitute[]; cohorts: DemoCohort[] } {
  // "52" = registered with civil affairs as a private non-enterprise unit (民办非企业单位).
  const uscc = createUsccFactory(rng.fork('uscc'));
  const institutes: DemoInstitute[] = [];
  const cohorts: DemoCohort[] = [];
  for (const [template, courses] of INSTITUTES) {
    institutes.push({ ...template, uscc: uscc('52', findDistrict(template.districtKey).code, false) });
    const r = rng.fork(`cohorts:${template.key}`);
    for (let year = 2022; year <= 2024; year++) {
      for (const term of TERMS) {
        const [a, b] = [r.int(0, courses.length - 1), r.int(0, courses.length - 2)];
        const picks = [courses[a], courses.filter((_, i) => i !== a)[b]];
        for (const course of picks) if (course) cohorts.push(cohort(r, template.key, course, year, term));
      }
    }
  }
  return { institutes, cohorts };
}
