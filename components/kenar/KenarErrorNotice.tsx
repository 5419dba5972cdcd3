import { useContext } from 'preact/hooks';
import type { ErrorInfo } from '@/lib/errors';
import type { KenarAction } from '@/lib/kenar/scopes';
import { ErrorNotice } from '../ErrorNotice';
import { ConnectButton } from './ConnectButton';
import { KenarEnvContext, useKenarT } from './kenar-env';

/** Props of KenarErrorNotice. */
export interface KenarErrorNoticeProps {
  error: ErrorInfo;
  /** What was being done, so a missing permission can be asked for. */
  action?: KenarAction;
  token?: string;
  /** Called after a successful (re)connection, to try again. */
  onRetry?(): void;
}

const NEEDS_OPTIONS = new Set(['kenar-no-key', 'kenar-no-app', 'kenar-bad-key']);
// Failures the same call cannot get past by being sent again: something must change first.
const FINAL = new Set([
  'kenar-invalid',
  'kenar-not-own-post',
  'kenar-post-expired',
  'kenar-key-permission',
  'kenar-quota',
]);

/** A Kenar failure in words, with the fix at hand: sign in again, allow a scope, open options, try again. */
export function KenarErrorNotice({ error, action, token, onRetry }: KenarErrorNoticeProps) {
  const t = useKenarT();
  const { openOptions } = useContext(KenarEnvContext);
  const reconnect = error.kind === 'kenar-not-connected' || error.kind === 'kenar-missing-scope';
  return (
    <div class="kenar-error" data-testid="kenar-error" data-kind={error.kind}>
      <ErrorNotice kind={error.kind} detail={error.message || undefined} />
      {reconnect ? (
        <ConnectButton
          action={error.kind === 'kenar-missing-scope' ? action : undefined}
          token={token}
          label={error.kind === 'kenar-missing-scope' ? 'allow' : 'connect'}
          onConnected={() => onRetry?.()}
        />
      ) : null}
      {onRetry && !reconnect && !NEEDS_OPTIONS.has(error.kind) && !FINAL.has(error.kind) ? (
        <button
          type="button"
          class="button button--small"
          data-testid="kenar-retry"
          onClick={onRetry}
        >
          {t('retry')}
        </button>
      ) : null}
      {NEEDS_OPTIONS.has(error.kind) ? (
        <button type="button" class="button button--small" onClick={openOptions}>
          {t('openOptions')}
        </button>
      ) : null}
    </div>
  );
}
