import { KenarErrorNotice } from '../kenar/KenarErrorNotice';
import { useKenarSend, useKenarT, useTask } from '../kenar/kenar-env';

/** Who the connected divar account is to this app: its per-app user id (Kenar's get user). */
export function WhoAmI() {
  const t = useKenarT();
  const send = useKenarSend();
  const [task, run] = useTask<{ userId: string; phone?: string }>();
  const ask = () => void run(() => send<'kenarWhoAmI'>({ type: 'kenarWhoAmI' }));
  return (
    <div class="kenar-hint" data-testid="who-am-i">
      <button type="button" class="button button--small button--secondary" onClick={ask}>
        {t('whoAmI.show')}
      </button>
      {task.status === 'done' ? (
        <dl>
          <div class="field">
            <dt>{t('whoAmI.id')}</dt>
            <dd>
              <code dir="ltr" data-testid="who-am-i-id">
                {task.data.userId}
              </code>
            </dd>
          </div>
          {task.data.phone ? (
            <div class="field">
              <dt>{t('whoAmI.phone')}</dt>
              <dd dir="ltr">{task.data.phone}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {task.status === 'failed' ? (
        <KenarErrorNotice error={task.error} action="user" onRetry={ask} />
      ) : null}
    </div>
  );
}
