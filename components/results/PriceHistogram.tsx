import { useMemo, useState } from 'preact/hooks';
import type { Listing } from '@/lib/divar/listing/types';
import { joinParts } from '@/lib/i18n/format';
import { formatCompact, formatNumber } from '@/lib/results/format';
import { histogram, quartiles, type Scale } from '@/lib/results/stats';
import { useLang, useT } from '../i18n';
import { HistogramChart } from './HistogramChart';

/** The amount a histogram shows: the price, or the deposit when no listing has a price (rentals). */
function amountsOf(listings: readonly Listing[]): { field: 'price' | 'deposit'; values: number[] } {
  const of = (field: 'price' | 'deposit') =>
    listings.flatMap((l) =>
      l[field] !== undefined && (l[field] as number) > 0 ? [l[field] as number] : [],
    );
  const prices = of('price');
  return prices.length > 0
    ? { field: 'price', values: prices }
    : { field: 'deposit', values: of('deposit') };
}

/**
 * A histogram of the prices shown (or deposits, for rentals), with the median and quartiles, far
 * outliers in a labelled bar of their own, and a switch to a log scale.
 */
export function PriceHistogram({ listings }: { listings: readonly Listing[] }) {
  const t = useT();
  const lang = useLang();
  const [scale, setScale] = useState<Scale>('linear');
  const { field, values } = useMemo(() => amountsOf(listings), [listings]);
  const summary = useMemo(() => quartiles(values), [values]);
  const bars = useMemo(
    () => (summary ? histogram(values, summary, 20, scale) : undefined),
    [values, summary, scale],
  );
  if (!summary || !bars) {
    return (
      <p class="muted" data-testid="histogram-empty">
        {t('results.noPrices')}
      </p>
    );
  }
  const money = (value: number) => formatCompact(value, lang);
  const marks = [
    { key: 'q1', value: summary.q1, label: t('results.q1') },
    { key: 'median', value: summary.median, label: t('results.median') },
    { key: 'q3', value: summary.q3, label: t('results.q3') },
  ];
  const outliers = [
    bars.below &&
      `${t('results.below')} ${money(bars.below.to)}: ${formatNumber(bars.below.count, lang)} ${t('job.listings')}`,
    bars.above &&
      `${t('results.above')} ${money(bars.above.from)}: ${formatNumber(bars.above.count, lang)} ${t('job.listings')}`,
  ];
  return (
    <figure
      class="histogram card"
      data-testid="histogram"
      data-median={summary.median}
      data-scale={scale}
    >
      <figcaption class="card__title">
        {t(field === 'price' ? 'results.histogram' : 'results.histogram.deposit')}
      </figcaption>
      <HistogramChart
        histogram={bars}
        summary={summary}
        scale={scale}
        label={joinParts(
          lang,
          marks.map((m) => `${m.label}: ${money(m.value)}`),
        )}
      />
      {outliers.some(Boolean) ? (
        <p class="histogram__outliers" data-testid="histogram-outliers">
          {joinParts(lang, outliers)}
        </p>
      ) : null}
      <p class="histogram__legend" data-testid="histogram-legend">
        {marks.map((mark) => (
          <span key={mark.key} class={`histogram__key histogram__key--${mark.key}`}>
            {mark.label}: <strong>{money(mark.value)}</strong>
          </span>
        ))}
        <span>{t('results.toman')}</span>
      </p>
      <label class="histogram__scale">
        <input
          type="checkbox"
          data-testid="histogram-log"
          checked={scale === 'log'}
          onChange={(e) => setScale(e.currentTarget.checked ? 'log' : 'linear')}
        />
        {t('results.logScale')}
      </label>
    </figure>
  );
}
