import { FOCUS_AREAS, OWNERSHIP_KINDS } from '@greenshore/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListState } from './enterprise-filters.ts';

/** Search and filters; applying them rewrites the URL query (the list reads only the URL). */
export function EnterpriseFilterForm({
  state,
  onApply,
}: {
  state: ListState;
  onApply: (s: ListState) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(state.filters);
  const set = (key: keyof ListState['filters']) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply({ ...state, filters: draft });
  };
  return (
    <search>
      <form className="card filter-bar" aria-label={t('enterprises.filtersLabel')} onSubmit={submit}>
        <div className="field field-wide">
          <label htmlFor="ent-q">{t('enterprises.searchLabel')}</label>
          <input id="ent-q" type="search" value={draft.q ?? ''} onChange={set('q')} />
        </div>
        <div className="field">
          <label htmlFor="ent-district">{t('enterprises.filter.districtCode')}</label>
          <input id="ent-district" value={draft.districtCode ?? ''} onChange={set('districtCode')} size={8} />
        </div>
        <div className="field">
          <label htmlFor="ent-ownership">{t('enterprises.filter.ownership')}</label>
          <select id="ent-ownership" value={draft.ownership ?? ''} onChange={set('ownership')}>
            <option value="">{t('enterprises.any')}</option>
            {OWNERSHIP_KINDS.map((o) => (
              <option key={o} value={o}>
                {t(`enterprises.ownership.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ent-focus">{t('enterprises.filter.focusArea')}</label>
          <select id="ent-focus" value={draft.focusArea ?? ''} onChange={set('focusArea')}>
            <option value="">{t('enterprises.any')}</option>
            {FOCUS_AREAS.map((f) => (
              <option key={f} value={f}>
                {t(`enterprises.focusArea.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ent-country">{t('enterprises.filter.country')}</label>
          <input
            id="ent-country"
            value={draft.country ?? ''}
            onChange={set('country')}
            size={4}
            maxLength={2}
          />
        </div>
        <button type="submit" className="button-primary">
          {t('enterprises.search')}
        </button>
      </form>
    </search>
  );
}
