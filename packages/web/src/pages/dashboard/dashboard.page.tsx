import type { Language } from '@greenshore/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { annualReportHref } from '../../exchange/exchange-urls.ts';
import { ExportButtons } from '../../exchange/export-buttons.tsx';
import { PdfLink } from '../../exchange/pdf-link.tsx';
import { LoadState } from '../../shell/page-states.tsx';
import { useApi } from '../../shell/use-api.hook.ts';
import './dashboard.css';
import { languageOf } from '../review/review-format.ts';
import type { DashboardPayload } from './dashboard.types.ts';
import { DashboardChartCard } from './dashboard-chart-card.tsx';
import { buildDashboardCharts, isDashboardEmpty } from './dashboard-charts.ts';
import { DashboardFilters } from './dashboard-filters.tsx';
import { type DashboardSelection, dashboardPath, EMPTY_SELECTION } from './dashboard-query.ts';
import { KpiTiles } from './kpi-tiles.tsx';

/** The city dashboard: the six outcomes and their charts, all from one call to GET /dashboard. */
export function DashboardPage() {
  const { t } = useTranslation();
  const [selection, setSelection] = useState<DashboardSelection>(EMPTY_SELECTION);
  const state = useApi<DashboardPayload>(dashboardPath(selection));
  // The filters stay on screen while a new selection loads: they need the last answer's options.
  const last = useRef<DashboardPayload | null>(null);
  if (state.status === 'ready') last.current = state.data;
  return (
    <main id="main" className="page-wide dashboard-page">
      <h1>{t('dashboard.title')}</h1>
      <p className="muted">{t('dashboard.intro')}</p>
      {last.current && <DashboardFilters data={last.current} selection={selection} onChange={setSelection} />}
      {last.current && (
        <DashboardDownloads
          year={selection.year || String(last.current.period.year)}
          district={selection.district}
        />
      )}
      <LoadState
        state={state}
        isEmpty={isDashboardEmpty}
        empty={
          <div data-testid="dashboard-empty">
            <p>{t('dashboard.empty.title')}</p>
            <p className="muted">{t('dashboard.empty.hint')}</p>
          </div>
        }
      >
        {(data) => <DashboardBody data={data} />}
      </LoadState>
    </main>
  );
}

function DashboardBody({ data }: { data: DashboardPayload }) {
  const { i18n } = useTranslation();
  const lang = i18n.language as Language;
  // Built once per answer and language: a new option object would make every chart redraw.
  const charts = useMemo(() => buildDashboardCharts(data, lang), [data, lang]);
  return (
    <>
      <KpiTiles data={data} />
      <div className="dashboard-charts">
        {charts.map((spec) => (
          <DashboardChartCard key={spec.id} spec={spec} />
        ))}
      </div>
    </>
  );
}

/** The shown year's indicators as a table, and the city's annual report for that year as a PDF. */
function DashboardDownloads({ year, district }: { year: string; district: string }) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  return (
    <div className="download-bar">
      <ExportButtons kind="indicators" filters={{ year, district }} />
      <PdfLink
        href={annualReportHref(year, lang)}
        text={t('exchange.pdf.annualReport')}
        label={t('exchange.pdf.annualReportLabel', { year })}
        testId="annual-report-pdf"
      />
    </div>
  );
}
