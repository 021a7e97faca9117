import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { ChartCard } from '../../charts/chart-card.tsx';
import type { ChartSpec } from './dashboard-chart.types.ts';

/**
 * A chart whose clicks open the enterprise list filtered by what was clicked; the same targets are
 * listed as links, so keyboard and screen-reader users reach them too.
 */
export function DashboardChartCard({ spec }: { spec: ChartSpec }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  if (!spec.hasData) {
    return (
      <section className="card chart-card" data-testid={`chart-${spec.id}-empty`} aria-label={spec.title}>
        <h2>{spec.title}</h2>
        <p className="muted">{t('dashboard.empty.title')}</p>
      </section>
    );
  }
  const note = (
    <>
      {spec.note && <p className="chart-note">{spec.note}</p>}
      <details className="chart-links">
        <summary>{t('dashboard.links.summary')}</summary>
        <ul>
          {spec.links.map((l) => (
            <li key={l.href}>
              <Link href={l.href}>{l.label}</Link>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
  return (
    <ChartCard
      id={spec.id}
      title={spec.title}
      option={spec.option}
      table={spec.table}
      note={note}
      onClick={(click) => {
        const target = spec.targets[click.dataIndex] ?? spec.links[0]?.href;
        if (target) navigate(target);
      }}
    />
  );
}
