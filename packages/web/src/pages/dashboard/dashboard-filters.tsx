import type { Language } from '@greenshore/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardPayload } from './dashboard.types.ts';
import { dashboardMessages, nameIn } from './dashboard-format.ts';
import { type DashboardSelection, EMPTY_SELECTION } from './dashboard-query.ts';

interface Props {
  data: DashboardPayload;
  selection: DashboardSelection;
  onChange: (next: DashboardSelection) => void;
}

type Option = { value: string; label: string };

/** Year, quarter and the four filters as labelled native selects (keyboard-usable as they are). */
export function DashboardFilters({ data, selection, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const m = dashboardMessages(lang);
  const all: Option = { value: '', label: m.filters.all };
  const set = (key: keyof DashboardSelection) => (value: string) =>
    // A park belongs to one district: changing the district clears the park.
    onChange({ ...selection, [key]: value, ...(key === 'district' ? { park: '' } : {}) });
  const parks = data.options.parks.filter(
    (p) => !selection.district || p.districtCode === selection.district,
  );
  const quarters = (['q1', 'q2', 'q3', 'q4'] as const).map((q, i) => ({
    value: String(i + 1),
    label: m.quarters[q],
  }));
  return (
    <form
      className="dashboard-filters card"
      aria-label={m.filters.legend}
      onSubmit={(e) => e.preventDefault()}
    >
      <Select
        label={m.filters.year}
        value={selection.year || String(data.period.year)}
        options={data.options.years.map((y) => ({ value: String(y), label: String(y) }))}
        onChange={set('year')}
      />
      <Select
        label={m.filters.quarter}
        value={selection.quarter}
        options={[{ value: '', label: m.filters.wholeYear }, ...quarters]}
        onChange={set('quarter')}
      />
      <Select
        label={m.filters.district}
        value={selection.district}
        options={[all, ...data.options.districts.map((d) => ({ value: d.code, label: nameIn(lang, d) }))]}
        onChange={set('district')}
      />
      <Select
        label={m.filters.park}
        value={selection.park}
        options={[all, ...parks.map((p) => ({ value: String(p.id), label: nameIn(lang, p) }))]}
        onChange={set('park')}
      />
      <Select
        label={m.filters.ownership}
        value={selection.ownership}
        options={[
          all,
          ...data.options.ownerships.map((o) => ({
            value: o,
            label: (m.ownership as Record<string, string>)[o] ?? o,
          })),
        ]}
        onChange={set('ownership')}
      />
      <Select
        label={m.filters.class}
        value={selection.class}
        options={[
          all,
          ...data.options.classes.map((c) => ({
            value: c,
            label: (m.classes as Record<string, string>)[c] ?? c,
          })),
        ]}
        onChange={set('class')}
      />
      <button type="button" className="button-secondary" onClick={() => onChange(EMPTY_SELECTION)}>
        {t('dashboard.filters.reset')}
      </button>
    </form>
  );
}

function Select(props: {
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="dashboard-filter">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
