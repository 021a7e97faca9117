import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_LABEL_KEYS } from '../../role.keys.ts';
import { AdminField } from './admin-field.tsx';
import { issuesOf, outcomeOfError, type SubmitOutcome } from './admin-form.model.ts';
import { FormStatus } from './form-status.tsx';
import {
  createUser,
  emptyUserForm,
  ROLES,
  USER_FIELDS,
  type UserField,
  type UserForm,
} from './users.model.ts';

const TYPES: Partial<Record<UserField, 'email' | 'password' | 'number'>> = {
  email: 'email',
  password: 'password',
  enterpriseId: 'number',
  instituteId: 'number',
};
const OPTIONAL: ReadonlySet<UserField> = new Set(['enterpriseId', 'instituteId']);

/** Creates an account; filers need the id of their enterprise or institute. */
export function UserCreateForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<UserForm>(emptyUserForm);
  const [outcome, setOutcome] = useState<SubmitOutcome>({ kind: 'idle' });
  const [createdEmail, setCreatedEmail] = useState('');
  const issues = issuesOf(outcome);
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(ROLE_LABEL_KEYS[r]) }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome({ kind: 'saving' });
    try {
      await createUser(form);
      setCreatedEmail(form.email);
      setForm(emptyUserForm());
      setOutcome({ kind: 'saved' });
      onCreated();
    } catch (error) {
      setOutcome(outcomeOfError(error));
    }
  }

  return (
    <section className="card admin-section" aria-labelledby="user-create-title">
      <h2 id="user-create-title">{t('admin.users.createTitle')}</h2>
      <p className="muted" id="user-tenant-hint">
        {t('admin.users.tenantHint')}
      </p>
      <form className="admin-form admin-form-grid" onSubmit={handleSubmit}>
        {USER_FIELDS.map((field) => (
          <AdminField
            key={field}
            id={`user-${field}`}
            label={t(`admin.users.${field}`)}
            type={TYPES[field]}
            options={field === 'role' ? roleOptions : undefined}
            value={form[field]}
            onChange={(value) => setForm((f) => ({ ...f, [field]: value }))}
            issue={issues[field]}
            required={!OPTIONAL.has(field)}
          />
        ))}
        <div className="admin-form-actions">
          <FormStatus outcome={outcome} savedText={t('admin.users.created', { email: createdEmail })} />
          <button type="submit" className="button-primary" disabled={outcome.kind === 'saving'}>
            {t('admin.users.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
