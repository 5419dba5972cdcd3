import { useState } from 'preact/hooks';
import { permissionOf } from '@/lib/alerts/send';
import type { AlertTargetView } from '@/lib/alerts/types';
import type { ErrorKind } from '@/lib/errors';
import { formatDigits } from '@/lib/i18n/format';
import { formatClock } from '@/lib/watch/format';
import { ErrorNotice } from '../ErrorNotice';
import { useLang } from '../i18n';
import { useAlertSend, useAlertT, useRequestOrigins } from './alert-env';

/** Props of AlertTargetRow. */
export interface AlertTargetRowProps {
  target: AlertTargetView;
  /** Runs a change, then re-reads the targets (or shows the error). */
  act(run: () => Promise<unknown>): Promise<boolean>;
}

/** A target's state as its row's `data-state` says it. */
function stateOf(target: AlertTargetView): 'blocked' | 'failed' | 'pending' | 'ok' {
  if (!target.isAllowed) return 'blocked';
  if (target.failure) return 'failed';
  return target.pending > 0 ? 'pending' : 'ok';
}

/** Where a target sends to, as the user typed it: the chat id or the webhook's host and path. */
function whereOf(target: AlertTargetView): string {
  if (target.kind !== 'webhook') return target.chatId ?? '';
  const url = new URL(target.url ?? '');
  return `${url.host}${url.pathname}`;
}

/** One destination of a watch: its state (ready, waiting, failed until when), test, retry, remove. */
export function AlertTargetRow({ target, act }: AlertTargetRowProps) {
  const t = useAlertT();
  const lang = useLang();
  const send = useAlertSend();
  const [tested, setTested] = useState<{ kind?: ErrorKind; detail?: string } | undefined>();
  const name = t(`kind.${target.kind}`);
  const { failure } = target;
  const state = stateOf(target);
  const requestOrigins = useRequestOrigins();
  const allow = () =>
    act(async () => {
      // Straight from the click (the prompt needs the user gesture), then the waiting messages go.
      if (await requestOrigins([permissionOf(target)]))
        await send<'alertRetry'>({ type: 'alertRetry', id: target.id });
    });
  return (
    <li class="alert" data-testid="alert-target" data-kind={target.kind} data-state={state}>
      <div class="watch__head">
        <span>
          <strong>{name}</strong>{' '}
          <bdi class="alert__where" dir="ltr">
            {whereOf(target)}
          </bdi>
        </span>
        <span class="watch__status">
          {state === 'ok' ? t('ok') : t('pending', { n: formatDigits(lang, target.pending) })}
        </span>
      </div>
      {!target.isAllowed && failure?.kind !== 'alert-permission' ? (
        <ErrorNotice kind="alert-permission" />
      ) : null}
      {target.dropped > 0 ? (
        <p class="alert__failed" data-testid="alert-dropped">
          {t('dropped', { n: formatDigits(lang, target.dropped) })}
        </p>
      ) : null}
      {failure ? (
        <>
          <p class="alert__failed" data-testid="alert-failed">
            {t('failed', {
              target: t(`to.${target.kind}`),
              time: formatClock(lang, failure.nextAttemptAt),
            })}
          </p>
          <ErrorNotice kind={failure.kind as ErrorKind} detail={failure.message} />
        </>
      ) : null}
      {tested?.kind ? <ErrorNotice kind={tested.kind} detail={tested.detail} /> : null}
      {tested && !tested.kind && !failure ? (
        <p class="ok" data-testid="alert-test-ok">
          {t('testSent')}
        </p>
      ) : null}
      <div class="actions">
        <button
          type="button"
          class="button button--small"
          data-testid="alert-test"
          onClick={async () => {
            setTested(undefined);
            // A test's failure is shown on its own destination, not above the list.
            await send<'alertTest'>({ type: 'alertTest', id: target.id }).then(
              () => setTested({}),
              (e: { kind?: ErrorKind; message?: string }) =>
                setTested({ kind: e.kind ?? 'internal', detail: e.message }),
            );
          }}
        >
          {t('test')}
        </button>
        {!target.isAllowed ? (
          <button
            type="button"
            class="button button--small"
            data-testid="alert-allow"
            onClick={() => void allow()}
          >
            {t('allow')}
          </button>
        ) : null}
        {target.pending > 0 && target.isAllowed ? (
          <button
            type="button"
            class="button button--small"
            data-testid="alert-retry"
            onClick={() => act(() => send<'alertRetry'>({ type: 'alertRetry', id: target.id }))}
          >
            {t('retry')}
          </button>
        ) : null}
        <button
          type="button"
          class="button button--small button--quiet"
          data-testid="alert-remove"
          onClick={() => act(() => send<'alertRemove'>({ type: 'alertRemove', id: target.id }))}
        >
          {t('remove')}
        </button>
      </div>
    </li>
  );
}
