import type { EChartsCoreOption } from 'echarts/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChartClick, EChart } from './e-chart.tsx';

export interface TableView {
  columns: string[];
  rows: (string | number)[][];
}

interface ChartCardProps {
  id: string;
  title: string;
  option: EChartsCoreOption;
  table: TableView;
  note?: ReactNode;
  onClick?: (click: ChartClick) => void;
}

/** A titled chart with a switch to the same data as a table (for screen readers and for copying). */
export function ChartCard({ id, title, option, table, note, onClick }: ChartCardProps) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  return (
    <section className="card chart-card" data-testid={`chart-${id}`} aria-labelledby={`${id}-title`}>
      <header className="chart-card-header">
        <h2 id={`${id}-title`}>{title}</h2>
        <button
          type="button"
          className="button-secondary"
          aria-pressed={asTable}
          onClick={() => setAsTable(!asTable)}
        >
          {asTable ? t('common.chartView') : t('common.tableView')}
        </button>
      </header>
      {note}
      {asTable ? (
        <table className="data-table">
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={String(r[0])}>
                {r.map((cell, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells of a row have no identity but their column.
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <EChart option={option} label={title} onClick={onClick} />
      )}
    </section>
  );
}
