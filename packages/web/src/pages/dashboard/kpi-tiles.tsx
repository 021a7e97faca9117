import { formatNumber, type Language } from '@greenshore/core';
import { useTranslation } from 'react-i18next';
import type { DashboardPayload, KpiTile } from './dashboard.types.ts';
import {
  dashboardMessages,
  formatByUnit,
  formatChange,
  labelIn,
  type Trend,
  trendOf,
} from './dashboard-format.ts';

const ARROWS: Record<Trend, string> = { up: '▲', down: '▼', flat: '▬', none: '' };
const INTENSITY_KEY = 'lowCarbon.kgCo2ePer10kCnyValueAdded';

/** The six outcomes' key figures, each with its change on the same period a year before. */
export function KpiTiles({ data }: { data: DashboardPayload }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const outcomes = dashboardMessages(lang).outcomes as Record<string, string>;
  return (
    <section className="kpi-groups" aria-labelledby="kpi-heading">
      <h2 id="kpi-heading" className="visually-hidden">
        {t('dashboard.tiles.heading')}
      </h2>
      {data.tiles.map((group) => (
        <section key={group.outcome} className="kpi-group card" aria-label={outcomes[group.outcome]}>
          <h3>{outcomes[group.outcome]}</h3>
          <div className="kpi-items">
            {group.items.map((tile) => (
              <Tile
                key={tile.key}
                tile={tile}
                lang={lang}
                benchmark={data.benchmark.kgCo2ePer10kCnyValueAdded}
              />
            ))}
          </div>
        </section>
      ))}
    </section>
  );
}

function Tile({ tile, lang, benchmark }: { tile: KpiTile; lang: Language; benchmark: number }) {
  const { t } = useTranslation();
  const trend = trendOf(tile.change);
  const words = dashboardMessages(lang).tiles;
  const trendWord = trend === 'none' ? words.noPrevious : words[trend];
  return (
    <div className="kpi-tile" data-testid={`kpi-${tile.key}`}>
      <div className="kpi-label">{labelIn(lang, tile)}</div>
      <div className="kpi-value" data-testid="kpi-value">
        {formatByUnit(tile.current, tile.unit, lang)}
      </div>
      <div className={`kpi-change kpi-${trend}`}>
        <span aria-hidden="true">{ARROWS[trend]} </span>
        <span className="visually-hidden">{trendWord} </span>
        {trend === 'none' ? (
          t('dashboard.tiles.noPrevious')
        ) : (
          <>
            {formatChange(tile.change, tile.changeRate, tile.unit, lang)} {t('dashboard.tiles.vsPrevious')}
          </>
        )}
      </div>
      {tile.key === INTENSITY_KEY && (
        <div className="kpi-benchmark">
          {t('dashboard.tiles.benchmark')}: {formatNumber(benchmark, lang, 0)}
        </div>
      )}
    </div>
  );
}
