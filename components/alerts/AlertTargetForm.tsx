import { useState } from 'preact/hooks';
import { botTokenSchema, chatIdSchema, webhookUrlSchema } from '@/lib/alerts/schemas';
import { permissionOf } from '@/lib/alerts/send';
import type { AlertTargetKind, AlertTargetView } from '@/lib/alerts/types';
import type { ErrorKind } from '@/lib/errors';
import { useAlertSend, useAlertT, useRequestOrigins } from './alert-env';

/** Props of AlertTargetForm. */
export interface AlertTargetFormProps {
  watchId: string;
  onAdded(targets: AlertTargetView[]): void;
  onError(kind: ErrorKind, detail?: string): void;
}

const KINDS: AlertTargetKind[] = ['telegram', 'bale', 'webhook'];

/** Adds a destination: a bot's token and chat id, or a webhook link; asks for its host first. */
export function AlertTargetForm({ watchId, onAdded, onError }: AlertTargetFormProps) {
  const t = useAlertT();
  const send = useAlertSend();
  const requestOrigins = useRequestOrigins();
  const [kind, setKind] = useState<AlertTargetKind>('telegram');
  const [token, setToken] = useState('');
  const [chatId, setChatId] = useState('');
  const [url, setUrl] = useState('');
  const [isBusy, setBusy] = useState(false);
  const isHook = kind === 'webhook';
  const isValid = isHook
    ? webhookUrlSchema.safeParse(url.trim()).success
    : botTokenSchema.safeParse(token).success && chatIdSchema.safeParse(chatId).success;
  const submit = async () => {
    // Both start in the click itself: the permission prompt needs the user gesture, and in
    // Chrome it may close the popup, so the target is saved without waiting for the answer.
    const pattern = permissionOf({ kind, url: url.trim() });
    const allowed = requestOrigins([pattern]).catch(() => false);
    const fields = isHook ? { url: url.trim() } : { token: token.trim(), chatId: chatId.trim() };
    const added = send<'alertAdd'>({ type: 'alertAdd', watchId, kind, ...fields });
    setBusy(true);
    try {
      const targets = await added;
      setToken('');
      setChatId('');
      setUrl('');
      // Re-read once the prompt is answered, so the new target shows whether it is allowed.
      onAdded(
        (await allowed) ? await send<'alertTargets'>({ type: 'alertTargets', watchId }) : targets,
      );
    } catch (error) {
      const { kind: errorKind = 'internal', message } = error as {
        kind?: ErrorKind;
        message?: string;
      };
      onError(errorKind, message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      class="watch__form"
      data-testid="alert-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (isValid && !isBusy) void submit();
      }}
    >
      <label>
        <span class="label">{t('kind')}</span>
        <select
          class="input"
          data-testid="alert-kind"
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as AlertTargetKind)}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {isHook ? (
        <label>
          <span class="label">{t('url')}</span>
          <input
            class="input"
            dir="ltr"
            type="url"
            data-testid="alert-url"
            placeholder="https://"
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
          <span class="muted">{t('urlHint')}</span>
        </label>
      ) : (
        <>
          <label>
            <span class="label">{t('token')}</span>
            <input
              class="input"
              dir="ltr"
              type="password"
              autocomplete="off"
              data-testid="alert-token"
              value={token}
              onInput={(e) => setToken(e.currentTarget.value)}
            />
            <span class="muted">{t('tokenHint')}</span>
          </label>
          <label>
            <span class="label">{t('chatId')}</span>
            <input
              class="input"
              dir="ltr"
              data-testid="alert-chat"
              value={chatId}
              onInput={(e) => setChatId(e.currentTarget.value)}
            />
            <span class="muted">{t('chatHint')}</span>
          </label>
        </>
      )}
      <p class="muted">{t('permissionNote')}</p>
      <div class="actions">
        <button
          type="submit"
          class="button button--small"
          data-testid="alert-add"
          disabled={!isValid || isBusy}
        >
          {isBusy ? t('adding') : t('add')}
        </button>
      </div>
    </form>
  );
}
