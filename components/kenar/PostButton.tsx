import { useState } from 'preact/hooks';
import type { ButtonType } from '@/lib/kenar/button-types';
import { isButtonLink } from '@/lib/kenar/validate';
import { ButtonFields } from './ButtonFields';
import { KenarErrorNotice } from './KenarErrorNotice';
import { useKenarSend, useKenarT, useTask } from './kenar-env';

/** Sets or removes an own post's customised button (a typed button that opens an https link). */
export function PostButton({ token }: { token: string }) {
  const t = useKenarT();
  const send = useKenarSend();
  const [type, setType] = useState<ButtonType>('EXTERNAL_PRODUCT_STORE');
  const [link, setLink] = useState('');
  const [tried, setTried] = useState(false);
  const [task, run] = useTask<'set' | 'removed'>();
  const [last, setLast] = useState<'set' | 'remove'>('set');
  const setButton = () => {
    setLast('set');
    setTried(true);
    if (!isButtonLink(link)) return;
    void run(async () => {
      await send<'kenarSetButton'>({ type: 'kenarSetButton', token, button: { type, link } });
      return 'set';
    });
  };
  const remove = () => {
    setLast('remove');
    void run(async () => {
      await send<'kenarDeleteButton'>({ type: 'kenarDeleteButton', token });
      return 'removed';
    });
  };
  return (
    <section class="kenar-form" data-testid="kenar-button">
      <h4 class="kenar-subtitle">{t('button')}</h4>
      <ButtonFields
        idSuffix={token}
        type={type}
        link={link}
        tried={tried}
        onType={setType}
        onLink={setLink}
      />
      <div class="actions">
        <button
          type="button"
          class="button"
          data-testid="button-set"
          disabled={task.status === 'busy'}
          onClick={setButton}
        >
          {t('buttonSet')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          data-testid="button-remove"
          disabled={task.status === 'busy'}
          onClick={remove}
        >
          {t('buttonRemove')}
        </button>
      </div>
      {task.status === 'done' ? (
        <p class="ok" data-testid="button-done">
          {t(task.data === 'set' ? 'buttonDone' : 'buttonRemoved')}
        </p>
      ) : null}
      {task.status === 'failed' ? (
        <KenarErrorNotice
          error={task.error}
          action="button"
          token={token}
          onRetry={last === 'set' ? setButton : remove}
        />
      ) : null}
      <p class="muted">{t('buttonNote')}</p>
    </section>
  );
}
