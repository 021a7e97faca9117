import type { Language } from '@greenshore/core';
import { formatCny, formatNumber } from '@greenshore/core';
import { useTranslation } from 'react-i18next';
import type { BenchmarkDto, BenchmarkFigures } from './portal.types.ts';

const FIGURES: (keyof BenchmarkFigures)[] = [
  'footprintLocationTCo2e',
  'footprintMarketTCo2e',
  'valueAddedCny',
  'intensityKgCo2ePer10kCny',
];

function format(key: keyof BenchmarkFigures, value: number | null | undefined, lang: Language): string {
  if (value === undefined) return '—';
  return key === 'valueAddedCny' ? formatCny(value, lang) : formatNumber(value, lang, 1);
}

/** Own yearly figures next to the peers' P25 / median / P75, or a note when peers are too few. */
export function BenchmarkPanel({ data }: { data: BenchmarkDto }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const area = t(`portal.focusArea.${data.focusArea}` as 'portal.focusArea.other');
  return (
    <section className="card portal-section" aria-labelledby="benchmark-title" data-testid="benchmark">
      <h2 id="benchmark-title">{t('portal.benchmark.title', { year: data.year })}</h2>
      <p className="muted">{t('portal.benchmark.intro', { focusArea: area })}</p>
      {data.own === null && <p>{t('portal.benchmark.noOwn', { year: data.year })}</p>}
      {data.peers === null && (
        <p className="portal-note" role="note" data-testid="few-peers">
          {t('portal.benchmark.fewPeers', { count: data.peerCount, min: data.minPeers })}
        </p>
      )}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('portal.benchmark.figure')}</th>
            <th scope="col">{t('portal.benchmark.own')}</th>
            {data.peers && <th scope="col">{t('portal.benchmark.p25')}</th>}
            {data.peers && <th scope="col">{t('portal.benchmark.median')}</th>}
            {data.peers && <th scope="col">{t('portal.benchmark.p75')}</th>}
          </tr>
        </thead>
        <tbody>
          {FIGURES.map((key) => {
            const q = data.peers?.[key];
            return (
              <tr key={key}>
                <th scope="row">{t(`portal.benchmark.${key}`)}</th>
                <td>{format(key, data.own ? data.own[key] : undefined, lang)}</td>
                {data.peers && <td>{format(key, q?.p25, lang)}</td>}
                {data.peers && <td>{format(key, q?.p50, lang)}</td>}
                {data.peers && <td>{format(key, q?.p75, lang)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
