import { SERVICE_CODES } from '@greenshore/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiRequest } from '../../api.client.ts';
import { type ContractFormState, contractBody, emptyContract, formIssues } from './contract-form.model.ts';
import { TextField } from './text-field.tsx';

const TEXT_FIELDS = ['clientName', 'clientCountry', 'signedOn', 'currency', 'amount', 'rateToCny'] as const;

/** Registers a contract; server issues appear beside their fields. */
export function ContractForm({ enterpriseId, onAdded }: { enterpriseId: number; onAdded: () => void }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<ContractFormState>(emptyContract);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    try {
      await apiRequest('POST', `/enterprises/${enterpriseId}/contracts`, { body: contractBody(form) });
      setForm(emptyContract());
      setIssues({});
      setDone(true);
      onAdded();
    } catch (error) {
      setIssues(error instanceof ApiError ? formIssues(error.issues) : { clientName: String(error) });
    }
  };
  return (
    <form
      className="card portal-section"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="contract-form-title"
    >
      <h2 id="contract-form-title">{t('portal.contracts.add')}</h2>
      <div className="form-grid">
        {TEXT_FIELDS.map((key) => (
          <TextField
            key={key}
            path={`contract.${key}`}
            label={t(`portal.contracts.${key}`)}
            type={key === 'signedOn' ? 'date' : 'text'}
            value={form[key]}
            error={issues[key]}
            onChange={(v) => setForm((f) => ({ ...f, [key]: v }))}
          />
        ))}
        <div className="field">
          <label htmlFor="contract-serviceCode">{t('portal.contracts.serviceCode')}</label>
          <select
            id="contract-serviceCode"
            value={form.serviceCode}
            onChange={(e) => setForm((f) => ({ ...f, serviceCode: e.target.value }))}
          >
            {SERVICE_CODES.filter((c) => c.code !== 'OTHER').map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} · {i18n.language === 'zh-CN' ? c.nameZh : c.nameEn}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="button-primary">
        {t('portal.contracts.add')}
      </button>
      {done && <p role="status">{t('portal.contracts.added')}</p>}
    </form>
  );
}
