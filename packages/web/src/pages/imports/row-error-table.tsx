import { useTranslation } from 'react-i18next';
import type { RowError } from './imports.types.ts';

/** One line per refused cell: where it is (row, sheet, column), what it holds and what is wrong. */
export function RowErrorTable({ errors }: { errors: RowError[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="import-errors">
        <caption>{t('exchange.imports.errors.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exchange.imports.errors.row')}</th>
            <th scope="col">{t('exchange.imports.errors.sheet')}</th>
            <th scope="col">{t('exchange.imports.errors.column')}</th>
            <th scope="col">{t('exchange.imports.errors.value')}</th>
            <th scope="col">{t('exchange.imports.errors.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            // Row, sheet and column together are not unique (one cell can break two rules).
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered.
            <tr key={i}>
              <th scope="row">{e.row}</th>
              <td>{e.sheet}</td>
              <td>{e.column}</td>
              <td className="error-value">{e.value === null ? '' : String(e.value)}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
