import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { StatementLink } from '../../exchange/statement-link.tsx';
import { LoadState } from '../../shell/page-states.tsx';
import { useApi } from '../../shell/use-api.hook.ts';
import { DiffTables } from './diff-tables.tsx';
import { FlagsPanel } from './flags.panel.tsx';
import { periodLabel, previousPeriodReport, previousVersionOf } from './previous-reports.ts';
import type { List, ReportDto, VersionDto } from './review.types.ts';
import { ReviewActions } from './review-actions.tsx';
import { languageOf, nameIn } from './review-format.ts';

interface EnterpriseName {
  nameZh: string;
  nameEn: string;
}

/** One report's review: comparisons, flags with the explanation, and the decision. */
export function ReportReview({ id }: { id: number }) {
  const { t } = useTranslation();
  const report = useApi<ReportDto>(`/reports/${id}`);
  const [notice, setNotice] = useState<string | null>(null);
  const onDecided = (text: string) => {
    setNotice(text);
    report.reload();
  };
  return (
    <>
      <p>
        <Link href="/">{t('review.back')}</Link>
      </p>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <LoadState state={report}>{(data) => <ReviewBody report={data} onDecided={onDecided} />}</LoadState>
    </>
  );
}

function ReviewBody({ report, onDecided }: { report: ReportDto; onDecided: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const enterprise = useApi<EnterpriseName>(`/enterprises/${report.enterpriseId}`);
  const versions = useApi<List<VersionDto>>(`/reports/${report.id}/versions`);
  const siblings = useApi<List<ReportDto>>(
    `/enterprises/${report.enterpriseId}/reports?periodType=${report.periodType}&limit=500`,
  );
  const name =
    enterprise.status === 'ready'
      ? nameIn(lang, { zh: enterprise.data.nameZh, en: enterprise.data.nameEn })
      : '';
  const previousVersion =
    versions.status === 'ready' ? previousVersionOf(versions.data.items, report.version) : null;
  const previousPeriodId =
    siblings.status === 'ready' ? previousPeriodReport(siblings.data.items, report) : null;
  const previousPeriod =
    siblings.status === 'ready' ? (siblings.data.items.find((r) => r.id === previousPeriodId) ?? null) : null;
  return (
    <>
      <h1>{t('review.reportTitle', { name, period: periodLabel(report.periodType, report.period) })}</h1>
      <p className="muted" data-testid="report-status">
        {t('review.versionOf', { version: report.version, status: t(`review.status.${report.status}`) })}
      </p>
      <StatementLink reportId={report.id} />
      <FlagsPanel report={report} />
      <ReviewActions report={report} onDecided={onDecided} />
      <LoadState state={versions}>
        {() => (
          <DiffTables report={report} previousVersion={previousVersion} previousPeriod={previousPeriod} />
        )}
      </LoadState>
    </>
  );
}
