import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { languageOf, nameIn } from '../review/review-format.ts';
import { type ListState, type SortColumn, toggleSort } from './enterprise-filters.ts';
import { isOwnership } from './enterprise-labels.hook.ts';
import type { EnterpriseSummary } from './enterprises.types.ts';

interface TableProps {
  items: EnterpriseSummary[];
  state: ListState;
  onSort: (s: ListState) => void;
}

/** A sortable header: a button inside the th, with aria-sort telling screen readers the order. */
function SortHeader({
  column,
  label,
  state,
  onSort,
}: { column: SortColumn; label: string } & Omit<TableProps, 'items'>) {
  const { t } = useTranslation();
  const sorted = state.sort === column;
  const ariaSort = sorted ? (state.order === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button
        type="button"
        className="sort-button"
        title={t('enterprises.sortBy', { column: label })}
        onClick={() => onSort(toggleSort(state, column))}
      >
        {label} <span aria-hidden="true">{sorted ? (state.order === 'asc' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>
  );
}

export function EnterprisesTable({ items, state, onSort }: TableProps) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const sortProps = { state, onSort };
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="enterprise-list">
        <thead>
          <tr>
            <SortHeader column="name" label={t('enterprises.col.name')} {...sortProps} />
            <SortHeader column="uscc" label={t('enterprises.col.uscc')} {...sortProps} />
            <SortHeader column="district" label={t('enterprises.col.district')} {...sortProps} />
            <th scope="col">{t('enterprises.col.ownership')}</th>
            <th scope="col">{t('enterprises.col.mainService')}</th>
            <th scope="col">{t('enterprises.col.tase')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id} data-main-service={e.mainServiceCode}>
              <th scope="row">
                <Link href={`/enterprises/${e.id}`}>{nameIn(lang, { zh: e.nameZh, en: e.nameEn })}</Link>
              </th>
              <td>
                <code>{e.uscc}</code>
              </td>
              <td>{e.districtCode}</td>
              <td>{isOwnership(e.ownership) ? t(`enterprises.ownership.${e.ownership}`) : e.ownership}</td>
              <td>{e.mainServiceCode}</td>
              <td>{e.tase ? t('enterprises.yes') : t('enterprises.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
