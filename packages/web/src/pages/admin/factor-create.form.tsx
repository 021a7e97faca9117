import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminField } from './admin-field.tsx';
import { issuesOf, outcomeOfError, type SubmitOutcome } from './admin-form.model.ts';
import {
  addFactor,
  emptyFactorForm,
  FACTOR_FIELDS,
  type FactorField,
  type FactorForm,
  KIND_OPTIONS,
  REGION_OPTIONS,
} from './factors.model.ts';
import { FormStatus } from './form-status.tsx';

const TYPES: Partial<Record<FactorField, 'number' | 'date'>> = {
  year: 'number',
  value: 'number',
  publishedOn: 'date',
};
const OPTIONS: Partial<Record<FactorField, typeof KIND_OPTIONS | typeof REGION_OPTIONS>> = {
  kind: KIND_OPTIONS,
  region: REGION_OPTIONS,
};
const HINTS: Partial<Record<FactorField, 'admin.factors.idHint' | 'admin.factors.valueHint'>> = {
  id: 'admin.factors.idHint',
  value: 'admin.factors.valueHint',
};

/** Adds one factor; the id, value and source are what a calculation will quote. */
export function FactorCreateForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<FactorForm>(emptyFactorForm);
  const [outcome, setOutcome] = useState<SubmitOutcome>({ kind: 'idle' });
  const [addedId, setAddedId] = useState('');
  const issues = issuesOf(outcome);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome({ kind: 'saving' });
    try {
      await addFactor(form);
      setAddedId(form.id);
      setForm(emptyFactorForm());
      setOutcome({ kind: 'saved' });
      onAdded();
    } catch (error) {
      setOutcome(outcomeOfError(error));
    }
  }

  return (
    <section className="card admin-section" aria-labelledby="factor-add-title">
      <h2 id="factor-add-title">{t('admin.factors.addTitle')}</h2>
      <form className="admin-form admin-form-grid" onSubmit={handleSubmit}>
        {FACTOR_FIELDS.map((field) => (
          <AdminField
            key={field}
            id={`factor-${field}`}
            label={t(`admin.factors.${field}`)}
            type={TYPES[field]}
            options={OPTIONS[field]}
            hint={HINTS[field] && t(HINTS[field])}
            value={form[field]}
            onChange={(value) => setForm((f) => ({ ...f, [field]: value }))}
            issue={issues[field]}
            required
          />
        ))}
        <div className="admin-form-actions">
          <FormStatus outcome={outcome} savedText={t('admin.factors.added', { id: addedId })} />
          <button type="submit" className="button-primary" disabled={outcome.kind === 'saving'}>
            {t('admin.factors.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
