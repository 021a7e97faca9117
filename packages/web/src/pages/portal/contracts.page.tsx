import { formatCny, type Language } from '@greenshore/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContractStatementLink } from '../../exchange/contract-statement-link.tsx';
import { ExportButtons } from '../../exchange/export-buttons.tsx';
import { LoadState } from '../../shell/page-states.tsx';
import { useApi } from '../../shell/use-api.hook.ts';
import { ContractForm } from './contract-form.tsx';
import { ExecutionsPanel } from './executions-panel.tsx';
import type { ContractDto, ListOf } from './portal.types.ts';
import { useEnterpriseId } from './use-enterprise-id.hook.ts';

/** The enterprise's contracts: list, register a contract, and each contract's executions. */
export function ContractsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const enterpriseId = useEnterpriseId();
  const contracts = useApi<ListOf<ContractDto>>(
    enterpriseId ? `/enterprises/${enterpriseId}/contracts?limit=500` : null,
  );
  const [open, setOpen] = useState<ContractDto | null>(null);
  if (enterpriseId === null) return null;
  return (
    <>
      <h1>{t('portal.contracts.title')}</h1>
      <section className="card portal-section">
        <ExportButtons kind="contracts" />
        <LoadState
          state={contracts}
          isEmpty={(d) => d.items.length === 0}
          empty={t('portal.contracts.empty')}
        >
          {(data) => (
            <table className="data-table" data-testid="contract-list">
              <thead>
                <tr>
                  <th scope="col">{t('portal.contracts.clientName')}</th>
                  <th scope="col">{t('portal.contracts.clientCountry')}</th>
                  <th scope="col">{t('portal.contracts.serviceCode')}</th>
                  <th scope="col">{t('portal.contracts.signedOn')}</th>
                  <th scope="col">{t('portal.contracts.amount')}</th>
                  <th scope="col">{t('portal.contracts.offshore')}</th>
                  <th scope="col">{t('portal.reports.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((c) => (
                  <tr key={c.id}>
                    <td>{c.clientName}</td>
                    <td>{c.clientCountry}</td>
                    <td>{c.serviceCode}</td>
                    <td>{c.signedOn}</td>
                    <td>
                      {c.value.amount} {c.value.currency} ({formatCny(c.value.amountFen / 100, lang)})
                    </td>
                    <td>{c.offshore ? t('portal.contracts.yes') : t('portal.contracts.no')}</td>
                    <td>
                      <button type="button" className="button-secondary" onClick={() => setOpen(c)}>
                        {t('portal.contracts.showExecutions')}
                      </button>{' '}
                      <ContractStatementLink contract={c} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </LoadState>
      </section>
      {open && <ExecutionsPanel key={open.id} contract={open} />}
      <ContractForm enterpriseId={enterpriseId} onAdded={contracts.reload} />
    </>
  );
}
