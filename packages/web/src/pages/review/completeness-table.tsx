import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ReportStatus } from './review.types.ts';
import { formatDateTime, languageOf, nameIn } from './review-format.ts';

export interface CompletenessView {
  period: { label: string };
  deadline: { date: string; endsAt: string };
  summary: { enterprises: number; filed: number; late: number; neverFiled: number };
  items: {
    enterpriseId: number;
    nameZh: string;
    nameEn: string;
    districtCode: string;
    reportStatus: ReportStatus | null;
    filedAt: string | null;
    filed: boolean;
    late: boolean;
    neverFiled: boolean;
  }[];
}

/** Summary counts, then one row per enterprise due to file. */
export function CompletenessTable({ data }: { data: CompletenessView }) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const yesNo = (v: boolean) => (v ? t('review.completeness.yes') : t('review.completeness.no'));
  const counts = [
    ['enterprises', data.summary.enterprises],
    ['filed', data.summary.filed],
    ['late', data.summary.late],
    ['never', data.summary.neverFiled],
  ] as const;
  return (
    <>
      <p>{t('review.completeness.deadline', { date: data.deadline.date })}</p>
      <dl className="summary-tiles" data-testid="completeness-summary">
        {counts.map(([key, n]) => (
          <div key={key} className="card tile" data-testid={`count-${key}`}>
            <dt>{t(`review.completeness.${key}`)}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('review.col.enterprise')}</th>
              <th scope="col">{t('review.col.status')}</th>
              <th scope="col">{t('review.completeness.filed')}</th>
              <th scope="col">{t('review.completeness.late')}</th>
              <th scope="col">{t('review.completeness.never')}</th>
              <th scope="col">{t('review.completeness.filedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => (
              <tr key={item.enterpriseId} className={item.late ? 'late' : undefined}>
                <th scope="row">
                  <Link href={`/enterprises/${item.enterpriseId}`}>
                    {nameIn(lang, { zh: item.nameZh, en: item.nameEn })}
                  </Link>
                </th>
                <td>{item.reportStatus ? t(`review.status.${item.reportStatus}`) : '—'}</td>
                <td>{yesNo(item.filed)}</td>
                <td>{yesNo(item.late)}</td>
                <td>{yesNo(item.neverFiled)}</td>
                <td>{item.filedAt ? formatDateTime(item.filedAt, lang) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
