import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { ExportButtons } from '../../exchange/export-buttons.tsx';
import { LoadState } from '../../shell/page-states.tsx';
import { useApi } from '../../shell/use-api.hook.ts';
import { type CompletenessQuery, completenessSearch, parseCompletenessQuery } from './completeness-query.ts';
import { CompletenessTable, type CompletenessView } from './completeness-table.tsx';
import './review.css';
import type { PeriodType } from './review.types.ts';

const TYPES: PeriodType[] = ['quarterly', 'monthly', 'annual'];

/** Filed, late and never-filed enterprises for the period in the URL query. */
export function CompletenessPage() {
  const { t } = useTranslation();
  const search = useSearch();
  const [, navigate] = useLocation();
  const query = parseCompletenessQuery(search, new Date());
  const state = useApi<CompletenessView>(`/completeness?${completenessSearch(query)}&limit=500`);
  return (
    <main id="main" className="page page-wide review-page">
      <h1>{t('review.completeness.title')}</h1>
      <p className="muted">{t('review.completeness.intro')}</p>
      <PeriodForm
        key={completenessSearch(query)}
        initial={query}
        onSubmit={(q) => navigate(`/completeness?${completenessSearch(q)}`)}
      />
      <ExportButtons kind="completeness" filters={{ ...query }} />
      <LoadState state={state}>{(data) => <CompletenessTable data={data} />}</LoadState>
    </main>
  );
}

function PeriodForm({
  initial,
  onSubmit,
}: {
  initial: CompletenessQuery;
  onSubmit: (q: CompletenessQuery) => void;
}) {
  const { t } = useTranslation();
  const [periodType, setPeriodType] = useState(initial.periodType);
  const [period, setPeriod] = useState(initial.period);
  return (
    <form
      className="card filter-bar"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ periodType, period: period.trim() });
      }}
    >
      <div className="field">
        <label htmlFor="completeness-type">{t('review.completeness.periodType')}</label>
        <select
          id="completeness-type"
          value={periodType}
          onChange={(e) => setPeriodType(e.target.value as PeriodType)}
        >
          {TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`review.periodType.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="completeness-period">{t('review.completeness.period')}</label>
        <input
          id="completeness-period"
          value={period}
          aria-describedby="completeness-period-hint"
          onChange={(e) => setPeriod(e.target.value)}
        />
        <span id="completeness-period-hint" className="muted">
          {t('review.completeness.periodHint')}
        </span>
      </div>
      <button type="submit" className="button-primary">
        {t('review.completeness.show')}
      </button>
    </form>
  );
}
