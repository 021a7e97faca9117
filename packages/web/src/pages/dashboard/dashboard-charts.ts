import type { Language } from '@greenshore/core';
import type { DashboardPayload } from './dashboard.types.ts';
import type { ChartContext, ChartSpec } from './dashboard-chart.types.ts';
import {
  clientCountriesChart,
  districtsChart,
  focusAreaChart,
  ownershipChart,
} from './dashboard-charts.structure.ts';
import {
  emissionsChart,
  employmentChart,
  fiscalChart,
  jobsPerGwhChart,
  offshoreOnshoreChart,
} from './dashboard-charts.time.ts';
import { dashboardMessages } from './dashboard-format.ts';
import { enterprisesHref } from './dashboard-query.ts';

const BUILDERS = [
  focusAreaChart,
  offshoreOnshoreChart,
  clientCountriesChart,
  ownershipChart,
  employmentChart,
  fiscalChart,
  emissionsChart,
  jobsPerGwhChart,
  districtsChart,
];

/** Every chart of the page, in reading order, from the one payload. */
export function buildDashboardCharts(d: DashboardPayload, lang: Language): ChartSpec[] {
  const context: ChartContext = {
    lang,
    m: dashboardMessages(lang),
    href: (extra) => enterprisesHref(d.filters, extra),
  };
  return BUILDERS.map((build) => build(d, context));
}

/** Nothing approved for the selection: no chart would show anything. */
export function isDashboardEmpty(d: DashboardPayload): boolean {
  return d.current.rowCount === 0 && d.series.quarters.length === 0 && d.series.years.length === 0;
}
