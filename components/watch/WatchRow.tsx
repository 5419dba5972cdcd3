import { useState } from 'preact/hooks';
import { describeError } from '@/lib/i18n';
import { listSeparator } from '@/lib/i18n/format';
import { sendMessage } from '@/lib/messaging/client';
import { formatWhen } from '@/lib/watch/format';
import type { WatchedSearch } from '@/lib/watch/types';
import { AlertStatus } from '../alerts/AlertStatus';
import { AlertTargets } from '../alerts/AlertTargets';
import { useAlertT } from '../alerts/alert-env';
import { Data } from '../Data';
import { useLang } from '../i18n';
import { useServices } from '../services';
import { TechDetail } from '../TechDetail';
import { WatchEditForm } from './WatchEditForm';
import { useWatchT } from './watch-text';

/** Props of WatchRow. */
export interface WatchRowProps {
  search: WatchedSearch;
  minIntervalMinutes: number;
  /** Runs a change, then refreshes the list (or reports the error). */
  act(run: () => Promise<unknown>): void;
}

const statusOf = (search: WatchedSearch) => {
  if (search.broken) return 'broken';
  if (search.paused) return 'paused';
  return search.hasBaseline ? 'active' : 'baseline';
};

/** One watched search: status, last and next check, new hits, pause/resume, edit, delete. */
export function WatchRow({ search, minIntervalMinutes, act }: WatchRowProps) {
  const t = useWatchT();
  const lang = useLang();
  const { send } = useServices();
  const [isEditing, setEditing] = useState(false);
  const [isAlerting, setAlerting] = useState(false);
  const alertT = useAlertT();
  const status = statusOf(search);
  const now = Date.now();
  const update = (patch: { paused?: boolean; name?: string; intervalMinutes?: number }) =>
    act(() => sendMessage<'updateWatch'>(send, { type: 'updateWatch', id: search.id, ...patch }));
  const isRunning = status === 'active' || status === 'baseline';
  return (
    <li
      class="watch__item"
      data-testid="watch-item"
      data-id={search.id}
      data-status={status}
      data-unseen={search.unseen}
    >
      <div class="watch__head">
        <Data class="watch__name" testId="watch-name" text={search.name} />
        <span class="watch__status" data-status={status}>
          {t(`status.${status}`)}
        </span>
      </div>
      <p class="watch__times">
        {t('lastCheck')}:{' '}
        <span data-testid="watch-last">{formatWhen(lang, search.lastCheckAt, now)}</span>
        {isRunning ? (
          <>
            {listSeparator(lang)}
            {t('nextCheck')}:{' '}
            <span data-testid="watch-next">{formatWhen(lang, search.nextCheckAt, now)}</span>
          </>
        ) : null}
      </p>
      {search.broken ? (
        <div class="notice notice--error" data-testid="watch-broken" data-kind={search.broken.kind}>
          <p>
            {t('brokenPrefix')} {describeError(lang, search.broken.kind).text}
          </p>
          <TechDetail detail={search.broken.message} />
        </div>
      ) : null}
      {search.lastError && isRunning ? (
        <p class="muted" data-testid="watch-failing">
          {t('failing')}
        </p>
      ) : null}
      {isAlerting ? null : <AlertStatus watchId={search.id} />}
      <div class="actions">
        <a
          class={search.unseen > 0 ? 'watch__new' : ''}
          href={`watch.html?id=${encodeURIComponent(search.id)}`}
          target="_blank"
          rel="noreferrer"
          data-testid="watch-show"
        >
          {search.unseen > 0 ? `${t('newCount', { n: search.unseen })}${listSeparator(lang)}` : ''}
          {t('show')}
        </a>
        {isRunning ? (
          <button
            type="button"
            class="button button--small"
            data-testid="watch-pause"
            onClick={() => update({ paused: true })}
          >
            {t('pause')}
          </button>
        ) : (
          <button
            type="button"
            class="button button--small"
            data-testid="watch-resume"
            onClick={() => update({ paused: false })}
          >
            {t('resume')}
          </button>
        )}
        <button
          type="button"
          class="button button--small button--quiet"
          data-testid="watch-edit"
          onClick={() => setEditing(!isEditing)}
        >
          {t('edit')}
        </button>
        <button
          type="button"
          class="button button--small button--quiet"
          data-testid="watch-alerts"
          aria-expanded={isAlerting}
          onClick={() => setAlerting(!isAlerting)}
        >
          {alertT('open')}
        </button>
        <button
          type="button"
          class="button button--small button--quiet"
          data-testid="watch-delete"
          onClick={() =>
            act(() => sendMessage<'deleteWatch'>(send, { type: 'deleteWatch', id: search.id }))
          }
        >
          {t('delete')}
        </button>
      </div>
      {isEditing ? (
        <WatchEditForm
          search={search}
          minIntervalMinutes={minIntervalMinutes}
          onSave={(patch) => {
            setEditing(false);
            update(patch);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : null}
      {isAlerting ? <AlertTargets watchId={search.id} /> : null}
    </li>
  );
}
