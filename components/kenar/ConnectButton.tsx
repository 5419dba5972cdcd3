import type { KenarStatus } from '@/lib/kenar/protocol';
import type { KenarAction } from '@/lib/kenar/scopes';
import { ErrorNotice } from '../ErrorNotice';
import { useKenarSend, useKenarT, useTask } from './kenar-env';

/** Props of ConnectButton. */
export interface ConnectButtonProps {
  /** The action to ask permission for; none asks for the base scopes. */
  action?: KenarAction;
  token?: string;
  label?: 'connect' | 'allow';
  onConnected(status: KenarStatus): void;
}

/** Runs the divar sign-in (in a browser window the background opens) for the scopes needed. */
export function ConnectButton({
  action,
  token,
  label = 'connect',
  onConnected,
}: ConnectButtonProps) {
  const t = useKenarT();
  const send = useKenarSend();
  const [task, run] = useTask<KenarStatus>();
  const connect = () =>
    run(async () => {
      const status = await send<'kenarConnect'>({ type: 'kenarConnect', action, token });
      onConnected(status);
      return status;
    });
  return (
    <div class="kenar-connect">
      <button
        type="button"
        class="button"
        data-testid={`kenar-${label}`}
        disabled={task.status === 'busy'}
        onClick={connect}
      >
        {t(label)}
      </button>
      {task.status === 'busy' ? <p class="muted">{t('connecting')}</p> : null}
      {task.status === 'failed' ? (
        <ErrorNotice kind={task.error.kind} detail={task.error.message} />
      ) : null}
    </div>
  );
}
