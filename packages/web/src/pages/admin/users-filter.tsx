import { useTranslation } from 'react-i18next';
import type { Role } from '../../api.client.ts';
import { ROLE_LABEL_KEYS } from '../../role.keys.ts';
import { ROLES, USERS_PAGE_SIZE } from './users.model.ts';

export interface UserQuery {
  role: Role | '';
  offset: number;
}

/** Narrows the list to one role; the demo city has hundreds of filers. */
export function UsersFilter({ query, onChange }: { query: UserQuery; onChange: (q: UserQuery) => void }) {
  const { t } = useTranslation();
  return (
    <div className="field users-filter">
      <label htmlFor="users-role-filter">{t('admin.users.filterRole')}</label>
      <select
        id="users-role-filter"
        value={query.role}
        onChange={(e) => onChange({ role: e.target.value as Role | '', offset: 0 })}
      >
        <option value="">{t('admin.users.allRoles')}</option>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(ROLE_LABEL_KEYS[r])}
          </option>
        ))}
      </select>
    </div>
  );
}

interface PagerProps {
  query: UserQuery;
  total: number;
  onChange: (q: UserQuery) => void;
}

/** Previous / next pages of the account list, with the range shown. */
export function UsersPager({ query, total, onChange }: PagerProps) {
  const { t } = useTranslation();
  const to = Math.min(query.offset + USERS_PAGE_SIZE, total);
  return (
    <nav className="pager" aria-label={t('admin.users.pages')}>
      <button
        type="button"
        className="button-secondary"
        disabled={query.offset === 0}
        onClick={() => onChange({ ...query, offset: Math.max(0, query.offset - USERS_PAGE_SIZE) })}
      >
        {t('admin.users.previous')}
      </button>
      <span aria-live="polite">{t('admin.users.range', { from: query.offset + 1, to, total })}</span>
      <button
        type="button"
        className="button-secondary"
        disabled={to >= total}
        onClick={() => onChange({ ...query, offset: query.offset + USERS_PAGE_SIZE })}
      >
        {t('admin.users.next')}
      </button>
    </nav>
  );
}
