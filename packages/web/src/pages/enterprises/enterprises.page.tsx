import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { filtersOfSearch } from '../../exchange/exchange-urls.ts';
import { ExportButtons } from '../../exchange/export-buttons.tsx';
import { LoadState } from '../../shell/page-states.tsx';
import { useApi } from '../../shell/use-api.hook.ts';
import type { List } from '../review/review.types.ts';
import { EnterpriseFilterForm } from './enterprise-filter.form.tsx';
import { type ListState, listApiPath, listSearch, parseListState } from './enterprise-filters.ts';
import type { EnterpriseSummary } from './enterprises.types.ts';
import { EnterprisesTable } from './enterprises-table.tsx';
import { FilterChips } from './filter-chips.tsx';
import './enterprises.css';

/** Searchable, filterable, sortable list; its whole state is the URL query. */
export function EnterprisesPage() {
  const { t } = useTranslation();
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = parseListState(search);
  const list = useApi<List<EnterpriseSummary>>(listApiPath(state));
  const go = (next: ListState) => {
    const query = listSearch(next);
    navigate(query ? `/enterprises?${query}` : '/enterprises');
  };
  return (
    <main id="main" className="page page-wide enterprises-page">
      <h1>{t('enterprises.title')}</h1>
      <EnterpriseFilterForm key={search} state={state} onApply={go} />
      <FilterChips state={state} onChange={go} />
      <ExportButtons kind="enterprises" filters={filtersOfSearch(listSearch(state))} />
      <LoadState state={list}>
        {(data) => (
          <>
            <p className="muted" data-testid="enterprise-total">
              {t('enterprises.total', { count: data.total })}
            </p>
            <EnterprisesTable items={data.items} state={state} onSort={go} />
          </>
        )}
      </LoadState>
    </main>
  );
}
