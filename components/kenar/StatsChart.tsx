import type { DayCount } from '@/lib/kenar/format';
import { formatDate, formatNumber } from '@/lib/kenar/format';
import { useLang } from '../i18n';

/** Props of StatsChart. */
export interface StatsChartProps {
  days: DayCount[];
  label: string;
}

const WIDTH = 280;
const HEIGHT = 96;
const BASE = 80;

/** Seven days of one count as a small bar chart (SVG), each bar labelled with its number. */
export function StatsChart({ days, label }: StatsChartProps) {
  const lang = useLang();
  const max = Math.max(1, ...days.map((day) => day.count));
  const slot = WIDTH / Math.max(1, days.length);
  return (
    <svg
      class="kenar-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT + 14}`}
      role="img"
      aria-label={label}
      data-testid="stats-chart"
    >
      <title>{label}</title>
      {days.map((day, i) => {
        const height = Math.round((day.count / max) * (BASE - 14));
        const x = i * slot + slot * 0.2;
        return (
          <g key={day.date} data-testid="stats-bar" data-date={day.date} data-count={day.count}>
            <rect
              x={x}
              y={BASE - height}
              width={slot * 0.6}
              height={height}
              rx={2}
              class="kenar-chart__bar"
            />
            <text
              x={x + slot * 0.3}
              y={BASE - height - 3}
              text-anchor="middle"
              class="kenar-chart__value"
            >
              {formatNumber(day.count, lang)}
            </text>
            <text x={x + slot * 0.3} y={HEIGHT + 8} text-anchor="middle" class="kenar-chart__day">
              {formatDate(day.date, lang)}
            </text>
          </g>
        );
      })}
      <line x1={0} x2={WIDTH} y1={BASE} y2={BASE} class="kenar-chart__axis" />
    </svg>
  );
}
