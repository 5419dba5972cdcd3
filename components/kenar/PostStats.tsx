import { useEffect } from 'preact/hooks';
import { dailyCounts, formatNumber } from '@/lib/kenar/format';
import type { StatsResponse } from '@/lib/kenar/schemas/post';
import { useLang } from '../i18n';
import { KenarErrorNotice } from './KenarErrorNotice';
import { useKenarSend, useKenarT, useTask } from './kenar-env';
import { StatsChart } from './StatsChart';

/** The last 7 days of an own post: totals of views, impressions and chats, and a chart of views. */
export function PostStats({ token }: { token: string }) {
  const t = useKenarT();
  const lang = useLang();
  const send = useKenarSend();
  const [task, run] = useTask<StatsResponse>();
  const load = () => run(() => send<'kenarPostStats'>({ type: 'kenarPostStats', token }));
  useEffect(() => void load(), [token]);
  if (task.status === 'failed')
    return <KenarErrorNotice error={task.error} action="stats" onRetry={load} />;
  if (task.status !== 'done') return <p class="muted">{t('loading')}</p>;
  const stats = task.data;
  const totals = (['views', 'impressions', 'chats'] as const).map((name) => (
    <div class="kenar-total" key={name}>
      <span class="muted">{t(name)}</span>
      <strong data-testid={`stats-${name}`}>{formatNumber(stats[name]?.total ?? 0, lang)}</strong>
    </div>
  ));
  return (
    <section data-testid="kenar-stats">
      <h4 class="kenar-subtitle">{t('stats')}</h4>
      <div class="kenar-totals">{totals}</div>
      <StatsChart days={dailyCounts(stats.views?.daily)} label={`${t('stats')}: ${t('views')}`} />
      <p class="muted">{t('statsNote')}</p>
    </section>
  );
}
