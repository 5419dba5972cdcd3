import { useState } from 'preact/hooks';
import { ConfirmBox } from './ConfirmBox';
import { KenarErrorNotice } from './KenarErrorNotice';
import { useKenarSend, useKenarT, useTask } from './kenar-env';

/** Deletes an own post, only after the user confirms in a second step. */
export function DeletePost({ token, onDeleted }: { token: string; onDeleted(): void }) {
  const t = useKenarT();
  const send = useKenarSend();
  const [asking, setAsking] = useState(false);
  const [task, run] = useTask<{ ok: true }>();
  const remove = () =>
    run(async () => {
      const answer = await send<'kenarDeletePost'>({
        type: 'kenarDeletePost',
        token,
        confirmed: true,
      });
      setAsking(false);
      onDeleted();
      return answer;
    });
  if (task.status === 'done')
    return (
      <p class="ok" data-testid="delete-done">
        {t('deleted')}
      </p>
    );
  return (
    <section class="kenar-danger" data-testid="kenar-delete">
      {asking ? (
        <ConfirmBox
          name="delete"
          text={t('deleteConfirm')}
          yes={t('deleteYes')}
          danger
          busy={task.status === 'busy'}
          onYes={() => void remove()}
          onNo={() => setAsking(false)}
        />
      ) : (
        <button
          type="button"
          class="button button--danger"
          data-testid="delete-post"
          onClick={() => setAsking(true)}
        >
          {t('delete')}
        </button>
      )}
      {task.status === 'failed' ? (
        <KenarErrorNotice
          error={task.error}
          action="delete"
          token={token}
          onRetry={() => void remove()}
        />
      ) : null}
    </section>
  );
}
