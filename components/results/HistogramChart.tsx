import type { Lang } from '@/lib/i18n';
import { formatCompact, formatNumber } from '@/lib/results/format';
import type { Histogram, Quartiles, Scale } from '@/lib/results/stats';
import { useLang, useT } from '../i18n';

const WIDTH = 360;
const HEIGHT = 100;
// The bar of high outliers sits apart from the others, after this gap.
const GAP = 8;

/** Props of HistogramChart. */
export interface HistogramChartProps {
  histogram: Histogram;
  summary: Quartiles;
  scale: Scale;
  /** The accessible description of the chart (median and quartiles in words). */
  label: string;
}

const money = (value: number, lang: Lang) => formatCompact(value, lang);

/**
 * The bars of a price histogram (SVG, prices growing left to right in both languages), the
 * median and quartile marks, a separate labelled bar for the far outliers, and the axis ends
 * written in HTML so Persian numbers and words keep their order.
 */
export function HistogramChart({ histogram, summary, scale, label }: HistogramChartProps) {
  const t = useT();
  const lang = useLang();
  const { bins, above } = histogram;
  const from = bins[0]?.from ?? summary.min;
  const to = bins[bins.length - 1]?.to ?? summary.max;
  const plotWidth = above ? WIDTH - WIDTH / (bins.length + 1) - GAP : WIDTH;
  const barWidth = plotWidth / bins.length;
  const top = Math.max(1, above?.count ?? 0, ...bins.map((b) => b.count));
  const at = (v: number) => (scale === 'log' ? Math.log10(Math.max(v, 1e-9)) : v);
  const span = at(to) - at(from) || 1;
  const x = (v: number) =>
    Math.min(plotWidth, Math.max(0, ((at(v) - at(from)) / span) * plotWidth));
  const height = (count: number) => (count / top) * (HEIGHT - 4);
  const count = (n: number) => `${formatNumber(n, lang)} ${t('job.listings')}`;
  const marks = [
    ['q1', summary.q1],
    ['median', summary.median],
    ['q3', summary.q3],
  ] as const;
  return (
    <>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
        {bins.map((bin, i) => (
          <rect
            key={bin.from}
            class="histogram__bar"
            x={i * barWidth + 0.5}
            y={HEIGHT - height(bin.count)}
            width={Math.max(1, barWidth - 1)}
            height={height(bin.count)}
          >
            <title>{`${money(bin.from, lang)} ${t('filter.to')} ${money(bin.to, lang)}: ${count(bin.count)}`}</title>
          </rect>
        ))}
        {above ? (
          <rect
            class="histogram__bar histogram__bar--above"
            data-testid="histogram-above-bar"
            x={plotWidth + GAP}
            y={HEIGHT - height(above.count)}
            width={WIDTH - plotWidth - GAP}
            height={height(above.count)}
          >
            <title>{`${t('results.above')} ${money(above.from, lang)}: ${count(above.count)}`}</title>
          </rect>
        ) : null}
        {marks.map(([key, value]) => (
          <line
            key={key}
            class={`histogram__mark histogram__mark--${key}`}
            x1={x(value)}
            x2={x(value)}
            y1={0}
            y2={HEIGHT}
          />
        ))}
      </svg>
      <div
        class="histogram__axis"
        dir="ltr"
        data-testid="histogram-axis"
        // The upper end sits under the last bar, not under the outliers' bar.
        style={above ? { paddingRight: `${((WIDTH - plotWidth) / WIDTH) * 100}%` } : undefined}
      >
        <bdi>{money(from, lang)}</bdi>
        <bdi>{money(to, lang)}</bdi>
      </div>
    </>
  );
}
