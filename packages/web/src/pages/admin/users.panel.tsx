import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api.client.ts';
import { LoadState } from '../../shell/page-states.tsx';
import { useApi } from '../../shell/use-api.hook.ts';
import { outcomeOfError, type SubmitOutcome } from './admin-form.model.ts';
import { FormStatus } from './form-status.tsx';
import { UserCreateForm } from './user-create.form.tsx';
import { patchUser, type UserList, usersPath } from './users.model.ts';
import { type UserQuery, UsersFilter, UsersPager } from './users-filter.tsx';
import { UserTable } from './users-table.tsx';

/** User accounts: list, create, change role, disable or enable (PATCH with If-Match). */
export function UsersPanel() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<UserQuery>({ role: '', offset: 0 });
  const state = useApi<UserList>(usersPath(query));
  const [outcome, setOutcome] = useState<SubmitOutcome>({ kind: 'idle' });

  async function change(id: number, patch: { role?: Role; disabled?: boolean }) {
    setOutcome({ kind: 'saving' });
    try {
      await patchUser(id, patch);
      setOutcome({ kind: 'saved' });
    } catch (error) {
      setOutcome(outcomeOfError(error));
    }
    state.reload();
  }

  return (
    <>
      <section className="card admin-section" aria-labelledby="users-title">
        <h2 id="users-title">{t('admin.users.title')}</h2>
        <UsersFilter query={query} onChange={setQuery} />
        <FormStatus outcome={outcome} />
        <LoadState state={state} isEmpty={(d) => d.items.length === 0}>
          {(data) => (
            <>
              <UserTable users={data.items} onChange={change} />
              <UsersPager query={query} total={data.total} onChange={setQuery} />
            </>
          )}
        </LoadState>
      </section>
      <UserCreateForm onCreated={state.reload} />
    </>
  );
}
