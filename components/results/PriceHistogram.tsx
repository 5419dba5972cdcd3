import { useMemo } from 'preact/hooks';
import type { Listing } from '@/lib/divar/listing/types';
import { joinParts } from '@/lib/i18n/format';
import { formatCompact, formatNumber } from '@/lib/results/format';
import { histogram, quartiles } from '@/lib/results/stats';
import { useLang, useT } from '../i18n';

const WIDTH = 360;
const HEIGHT = 120;
const AXIS = 18;

/** A small SVG histogram of the prices shown, with the median and quartiles marked. */
export function PriceHistogram({ listings }: { listings: readonly Listing[] }) {
  const t = useT();
  const lang = useLang();
  const prices = useMemo(
    () => listings.flatMap((l) => (l.price !== undefined && l.price > 0 ? [l.price] : [])),
    [listings],
  );
  const summary = useMemo(() => quartiles(prices), [prices]);
  const bins = useMemo(() => (summary ? histogram(prices, summary) : []), [prices, summary]);
  if (!summary) {
    return (
      <p class="muted" data-testid="histogram-empty">
        {t('results.noPrices')}
      </p>
    );
  }
  const from = bins[0]?.from ?? summary.min;
  const to = bins[bins.length - 1]?.to ?? summary.max;
  const span = to - from || 1;
  const top = Math.max(1, ...bins.map((b) => b.count));
  const barWidth = WIDTH / bins.length;
  const plot = HEIGHT - AXIS;
  // x grows with price from left to right in both languages, as on a number line.
  const x = (value: number) => Math.min(WIDTH, Math.max(0, ((value - from) / span) * WIDTH));
  const money = (value: number) => formatCompact(value, lang);
  const marks = [
    { key: 'q1', value: summary.q1, label: t('results.q1') },
    { key: 'median', value: summary.median, label: t('results.median') },
    { key: 'q3', value: summary.q3, label: t('results.q3') },
  ];
  const description = joinParts(
    lang,
    marks.map((mark) => `${mark.label}: ${money(mark.value)}`),
  );
  return (
    <figure class="histogram card" data-testid="histogram" data-median={summary.median}>
      <figcaption class="card__title">{t('results.histogram')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description}>
        {bins.map((bin, i) => {
          const h = (bin.count / top) * (plot - 4);
          return (
            <rect
              key={bin.from}
              class="histogram__bar"
              x={i * barWidth + 0.5}
              y={plot - h}
              width={Math.max(1, barWidth - 1)}
              height={h}
            >
              <title>{`${money(bin.from)} ${t('filter.to')} ${money(bin.to)}: ${formatNumber(bin.count, lang)} ${t('job.listings')}`}</title>
            </rect>
          );
        })}
        {marks.map((mark) => (
          <line
            key={mark.key}
            class={`histogram__mark histogram__mark--${mark.key}`}
            x1={x(mark.value)}
            x2={x(mark.value)}
            y1={0}
            y2={plot}
          >
            <title>{`${mark.label}: ${money(mark.value)}`}</title>
          </line>
        ))}
        <text class="histogram__axis" x={0} y={HEIGHT - 4} text-anchor="start">
          {money(from)}
        </text>
        <text class="histogram__axis" x={WIDTH} y={HEIGHT - 4} text-anchor="end">
          {money(to)}
        </text>
      </svg>
      <p class="histogram__legend" data-testid="histogram-legend">
        {marks.map((mark) => (
          <span key={mark.key} class={`histogram__key histogram__key--${mark.key}`}>
            {mark.label}: <strong>{money(mark.value)}</strong>
          </span>
        ))}
        <span>{t('results.toman')}</span>
      </p>
    </figure>
  );
}
