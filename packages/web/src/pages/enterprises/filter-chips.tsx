import { useTranslation } from 'react-i18next';
import { activeFilters, type FilterKey, type ListState, withoutFilter } from './enterprise-filters.ts';
import { useFilterValueLabel } from './enterprise-labels.hook.ts';

/** The active filters as removable chips, so a click-through's filter is visible and undoable. */
export function FilterChips({ state, onChange }: { state: ListState; onChange: (s: ListState) => void }) {
  const { t } = useTranslation();
  const valueLabel = useFilterValueLabel();
  const active = activeFilters(state);
  if (active.length === 0) return null;
  const labelOf = (key: FilterKey, value: string) =>
    `${t(`enterprises.filter.${key}`)}: ${valueLabel(key, value)}`;
  return (
    <section className="filter-chips" aria-label={t('enterprises.activeFilters')} data-testid="filter-chips">
      <ul>
        {active.map(([key, value]) => (
          <li key={key} className="chip">
            <span>{labelOf(key, value)}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={t('enterprises.removeFilter', { label: labelOf(key, value) })}
              onClick={() => onChange(withoutFilter(state, key))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {active.length > 1 && (
        <button
          type="button"
          className="button-secondary"
          onClick={() => onChange({ ...state, filters: {} })}
        >
          {t('enterprises.clearAll')}
        </button>
      )}
    </section>
  );
}
