import { formatCny, type Language } from '@greenshore/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiRequest } from '../../api.client.ts';
import { LoadState } from '../../shell/page-states.tsx';
import { useApi } from '../../shell/use-api.hook.ts';
import { type ExecutionFormState, executionBody, formIssues } from './contract-form.model.ts';
import type { ContractDto, ExecutionDto, ListOf } from './portal.types.ts';
import { TextField } from './text-field.tsx';

const EMPTY: ExecutionFormState = { periodStart: '', periodEnd: '', amount: '' };

/** A contract's executions and the form to register one. */
export function ExecutionsPanel({ contract }: { contract: ContractDto }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const list = useApi<ListOf<ExecutionDto>>(`/contracts/${contract.id}/executions?limit=500`);
  const [form, setForm] = useState(EMPTY);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await apiRequest('POST', `/contracts/${contract.id}/executions`, { body: executionBody(form) });
      setForm(EMPTY);
      setIssues({});
      list.reload();
    } catch (error) {
      setIssues(error instanceof ApiError ? formIssues(error.issues) : { amount: String(error) });
    }
  };
  const labels = { periodStart: 'periodStart', periodEnd: 'periodEnd', amount: 'executedAmount' } as const;
  return (
    <section className="card portal-section" aria-labelledby="executions-title">
      <h2 id="executions-title">{t('portal.contracts.executions', { client: contract.clientName })}</h2>
      <LoadState
        state={list}
        isEmpty={(d) => d.items.length === 0}
        empty={t('portal.contracts.noExecutions')}
      >
        {(data) => (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('portal.contracts.periodStart')}</th>
                <th scope="col">{t('portal.contracts.periodEnd')}</th>
                <th scope="col">{t('portal.contracts.executedAmount')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((x) => (
                <tr key={x.id}>
                  <td>{x.periodStart}</td>
                  <td>{x.periodEnd}</td>
                  <td>
                    {x.amount.amount} {x.amount.currency} ({formatCny(x.amount.amountFen / 100, lang)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LoadState>
      <form onSubmit={(e) => void submit(e)} className="form-grid">
        {(Object.keys(labels) as (keyof typeof labels)[]).map((key) => (
          <TextField
            key={key}
            path={`execution.${key}`}
            label={t(`portal.contracts.${labels[key]}`)}
            type={key === 'amount' ? 'text' : 'date'}
            value={form[key]}
            error={issues[key]}
            onChange={(v) => setForm((f) => ({ ...f, [key]: v }))}
          />
        ))}
        <button type="submit" className="button-primary">
          {t('portal.contracts.addExecution')}
        </button>
      </form>
    </section>
  );
}
