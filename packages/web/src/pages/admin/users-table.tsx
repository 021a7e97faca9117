import { useTranslation } from 'react-i18next';
import type { Role } from '../../api.client.ts';
import { ROLE_LABEL_KEYS } from '../../role.keys.ts';
import { ROLES, tenantOf, type UserAccount } from './users.model.ts';

/** One row per account: its role can be changed and the account disabled or enabled in place. */
interface UserTableProps {
  users: UserAccount[];
  onChange: (id: number, patch: { role?: Role; disabled?: boolean }) => Promise<void>;
}

export function UserTable({ users, onChange }: UserTableProps) {
  const { t } = useTranslation();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must be focusable (WCAG 2.1.1).
    <section className="table-scroll" aria-labelledby="users-caption" tabIndex={0}>
      <table className="data-table" data-testid="user-table">
        <caption id="users-caption" className="visually-hidden">
          {t('admin.users.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.users.email')}</th>
            <th scope="col">{t('admin.users.displayName')}</th>
            <th scope="col">{t('admin.users.role')}</th>
            <th scope="col">{t('admin.users.tenant')}</th>
            <th scope="col">{t('admin.users.status')}</th>
            <th scope="col">{t('admin.users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-email={u.email}>
              <th scope="row">{u.email}</th>
              <td>{u.displayName}</td>
              <td>
                <select
                  aria-label={t('admin.users.roleOf', { email: u.email })}
                  value={u.role}
                  onChange={(e) => void onChange(u.id, { role: e.target.value as Role })}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(ROLE_LABEL_KEYS[r])}
                    </option>
                  ))}
                </select>
              </td>
              <td>{tenantOf(u)}</td>
              <td>{u.disabled ? t('admin.users.disabled') : t('admin.users.active')}</td>
              <td>
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={t(u.disabled ? 'admin.users.enableOf' : 'admin.users.disableOf', {
                    email: u.email,
                  })}
                  onClick={() => void onChange(u.id, { disabled: !u.disabled })}
                >
                  {u.disabled ? t('admin.users.enable') : t('admin.users.disable')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
