import { useState } from 'preact/hooks';
import { normalizePhone } from '@/lib/kenar/validate';
import { KenarErrorNotice } from '../kenar/KenarErrorNotice';
import { useKenarSend, useKenarT, useTask } from '../kenar/kenar-env';

/** A developer tool: the app's obfuscated user id for a mobile number (get-user-id-by-phone). */
export function UserIdByPhone() {
  const t = useKenarT();
  const send = useKenarSend();
  const [phone, setPhone] = useState('');
  const [tried, setTried] = useState(false);
  const [task, run] = useTask<{ userId: string }>();
  const valid = normalizePhone(phone) !== undefined;
  const find = (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (valid) void run(() => send<'kenarUserIdByPhone'>({ type: 'kenarUserIdByPhone', phone }));
  };
  return (
    <form class="card options-section" data-testid="options-user-id" onSubmit={find} noValidate>
      <h2 class="card__title">{t('options.userIdTool')}</h2>
      <div class="options-row">
        <input
          class="input"
          dir="ltr"
          inputMode="tel"
          aria-label={t('options.phone')}
          placeholder="09121234567"
          data-testid="phone"
          value={phone}
          onInput={(e) => setPhone(e.currentTarget.value)}
        />
        <button type="submit" class="button" data-testid="find-user-id">
          {t('options.find')}
        </button>
      </div>
      {tried && !valid ? (
        <p class="kenar-problem" role="alert" data-testid="phone-problem">
          {t('problem.phone.bad-phone')}
        </p>
      ) : null}
      {task.status === 'done' ? (
        <p>
          {t('options.userId')}:{' '}
          <code dir="ltr" data-testid="user-id">
            {task.data.userId}
          </code>
        </p>
      ) : null}
      {task.status === 'failed' ? <KenarErrorNotice error={task.error} /> : null}
    </form>
  );
}
