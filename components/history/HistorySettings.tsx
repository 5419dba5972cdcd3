import { useEffect, useState } from 'preact/hooks';
import { type ErrorInfo, toErrorInfo } from '@/lib/errors';
import { historyText } from '@/lib/history/i18n';
import { type SendRaw, sendMessage } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { ErrorNotice } from '../ErrorNotice';
import { useLang } from '../i18n';

type Status = ResponseOf<'historyStatus'>;

/** What the quota check last said, in words (nothing when all is well). */
function QuotaNote({ quota }: { quota: Status['quota'] }) {
  const lang = useLang();
  if (!quota || quota.level === 'ok') return null;
  const text =
    quota.level === 'warn'
      ? historyText(lang, 'quotaWarn', { p: Math.round((quota.usage / quota.quota) * 100) })
      : historyText(lang, 'quotaPruned', { n: quota.prunedListings ?? 0 });
  return (
    <p class="notice notice--warn" role="status" data-testid="history-quota">
      {text}
    </p>
  );
}

/** The options page's listing-history card: how many listings it holds, passive recording on/off. */
export function HistorySettings({ send }: { send: SendRaw }) {
  const lang = useLang();
  const [status, setStatus] = useState<Status | undefined>();
  const [error, setError] = useState<ErrorInfo | undefined>();
  useEffect(() => {
    sendMessage<'historyStatus'>(send, { type: 'historyStatus' }).then(setStatus, (e) =>
      setError(toErrorInfo(e)),
    );
  }, []);
  const toggle = (enabled: boolean) =>
    sendMessage<'setPassiveRecording'>(send, { type: 'setPassiveRecording', enabled }).then(
      setStatus,
      (e) => setError(toErrorInfo(e)),
    );
  return (
    <section class="card" data-testid="history-settings">
      <h2 class="card__title">{historyText(lang, 'title')}</h2>
      <p class="muted">{historyText(lang, 'intro')}</p>
      {error ? <ErrorNotice kind={error.kind} detail={error.message} /> : null}
      {status ? (
        <>
          <label class="label">
            <input
              type="checkbox"
              data-testid="history-passive"
              checked={status.passive}
              onChange={(event) => void toggle(event.currentTarget.checked)}
            />{' '}
            {historyText(lang, 'passive')}
          </label>
          <p class="muted" data-testid="history-count">
            {historyText(lang, 'count', { n: status.tokens })}
          </p>
          <QuotaNote quota={status.quota} />
        </>
      ) : null}
    </section>
  );
}
