import type { BazaarStatus } from '@/lib/pishkhan/service';
import { BazaarError } from './BazaarError';
import { type BazaarTask, type ShownWait, usePishkhanT } from './pishkhan-env';
import { RateWait } from './RateWait';
import { ReleaseView } from './ReleaseView';
import { SmallButton } from './SmallButton';

/** Props of StatusCard. */
export interface StatusCardProps {
  task: BazaarTask<BazaarStatus>;
  wait?: ShownWait;
  onStop(): void;
  onRead(): void;
}

/** An app's state on Bazaar: last published, last committed and the open draft. */
export function StatusCard({ task, wait, onStop, onRead }: StatusCardProps) {
  const t = usePishkhanT();
  return (
    <div class="bazaar-status" data-testid="bazaar-status" data-status={task.status}>
      <div class="bazaar-status__head">
        <h4 class="bazaar-status__title">{t('status.title')}</h4>
        <SmallButton
          label={t('status.read')}
          onClick={onRead}
          testId="bazaar-status-read"
          disabled={task.status === 'busy'}
          quiet
        />
      </div>
      {task.status === 'busy' ? <p class="muted">{t('status.reading')}</p> : null}
      {wait ? <RateWait wait={wait} onStop={onStop} /> : null}
      {task.status === 'failed' ? <BazaarError error={task.error} /> : null}
      {task.status === 'done' ? (
        <div class="bazaar-status__grid">
          <ReleaseView
            label={t('status.published')}
            release={task.data.published}
            testId="status-published"
          />
          <ReleaseView
            label={t('status.committed')}
            release={task.data.committed}
            testId="status-committed"
          />
          <ReleaseView label={t('status.draft')} release={task.data.draft} testId="status-draft" />
          {task.data.skipped > 0 ? (
            <p class="muted">{t('status.skipped', { count: task.data.skipped })}</p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
