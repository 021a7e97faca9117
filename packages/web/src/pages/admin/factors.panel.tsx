import type { FactorEntry } from '@greenshore/core';
import { useTranslation } from 'react-i18next';
import { LoadState } from '../../shell/page-states.tsx';
import { useApi } from '../../shell/use-api.hook.ts';
import { FactorCreateForm } from './factor-create.form.tsx';
import type { FactorList } from './factors.model.ts';

const COLUMNS = ['id', 'kind', 'region', 'year', 'value', 'unit', 'source', 'publishedOn'] as const;

/** The stored factor library, and a form to add a factor with its source. */
export function FactorsPanel() {
  const { t } = useTranslation();
  const state = useApi<FactorList>('/factors');
  return (
    <>
      <section className="card admin-section" aria-labelledby="factors-title">
        <h2 id="factors-title">{t('admin.factors.title')}</h2>
        <LoadState state={state} isEmpty={(d) => d.items.length === 0}>
          {(data) => <FactorTable items={data.items} />}
        </LoadState>
      </section>
      <FactorCreateForm onAdded={state.reload} />
    </>
  );
}

function FactorTable({ items }: { items: FactorEntry[] }) {
  const { t } = useTranslation();
  return (
    // A focusable scroll region, so keyboard users can scroll a table wider than the screen.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must be focusable (WCAG 2.1.1).
    <section className="table-scroll" aria-labelledby="factors-caption" tabIndex={0}>
      <table className="data-table factor-table" data-testid="factor-table">
        <caption id="factors-caption" className="visually-hidden">
          {t('admin.factors.caption')}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {t(`admin.factors.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((f) => (
            <tr key={f.id}>
              <th scope="row">
                <code>{f.id}</code>
              </th>
              <td>{f.kind}</td>
              <td>{f.region}</td>
              <td>{f.year}</td>
              <td className="numeric">{f.value}</td>
              <td>{f.unit}</td>
              <td className="factor-source">{f.source}</td>
              <td>{f.publishedOn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
