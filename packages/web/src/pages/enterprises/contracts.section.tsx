import { formatCny, formatDate } from '@greenshore/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContractStatementLink } from '../../exchange/contract-statement-link.tsx';
import { ExportButtons } from '../../exchange/export-buttons.tsx';
import { LoadState } from '../../shell/page-states.tsx';
import { useApi } from '../../shell/use-api.hook.ts';
import type { List } from '../review/review.types.ts';
import { languageOf } from '../review/review-format.ts';
import type { Contract, Execution, Money } from './enterprises.types.ts';

const money = (m: Money, lang: ReturnType<typeof languageOf>) =>
  `${m.currency} ${m.amount}${m.currency === 'CNY' ? '' : ` (${formatCny(m.amountFen / 100, lang)})`}`;

/** Contracts with their client country; executions load when a contract is opened. */
export function ContractsSection({ enterpriseId }: { enterpriseId: number }) {
  const { t } = useTranslation();
  const contracts = useApi<List<Contract>>(`/enterprises/${enterpriseId}/contracts?limit=500`);
  return (
    <section className="card" aria-labelledby="contracts-title" data-testid="contracts">
      <h2 id="contracts-title">{t('enterprises.contracts.title')}</h2>
      <ExportButtons kind="contracts" filters={{ enterpriseId }} />
      <LoadState
        state={contracts}
        isEmpty={(d) => d.items.length === 0}
        empty={t('enterprises.contracts.none')}
      >
        {(data) => (
          <ul className="contract-list">
            {data.items.map((c) => (
              <ContractEntry key={c.id} contract={c} />
            ))}
          </ul>
        )}
      </LoadState>
    </section>
  );
}

function ContractEntry({ contract: c }: { contract: Contract }) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const [open, setOpen] = useState(false);
  return (
    <li>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <strong>{c.clientName}</strong> · {c.clientCountry}
          {c.offshore ? ` · ${t('enterprises.contracts.offshore')}` : ''} · {c.serviceCode} ·{' '}
          {formatDate(c.signedOn, lang)} · {money(c.value, lang)}
        </summary>
        {open && <Executions contract={c} />}
      </details>
    </li>
  );
}

function Executions({ contract }: { contract: Contract }) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const executions = useApi<List<Execution>>(`/contracts/${contract.id}/executions?limit=500`);
  return (
    <LoadState
      state={executions}
      isEmpty={(d) => d.items.length === 0}
      empty={t('enterprises.contracts.noExecutions')}
    >
      {(data) => (
        <>
          <ContractStatementLink contract={contract} executionEnds={data.items.map((x) => x.periodEnd)} />
          <table className="data-table">
            <caption className="visually-hidden">{t('enterprises.contracts.executions')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('enterprises.contracts.period')}</th>
                <th scope="col">{t('enterprises.contracts.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((x) => (
                <tr key={x.id}>
                  <th scope="row">
                    {x.periodStart} – {x.periodEnd}
                  </th>
                  <td>{money(x.amount, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </LoadState>
  );
}
