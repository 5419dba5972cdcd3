import { useEffect, useState } from 'preact/hooks';
import type { KenarTextKey } from '@/lib/kenar/i18n';
import { checkPostEdit, lengthOf, TITLE_MAX } from '@/lib/kenar/validate';
import { KenarErrorNotice } from './KenarErrorNotice';
import { useKenarSend, useKenarT, useTask } from './kenar-env';

/** Edits an own post's title and description; the spec's limits are checked as the user types. */
export function EditPost({ token }: { token: string }) {
  const t = useKenarT();
  const send = useKenarSend();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [tried, setTried] = useState(false);
  const [save, runSave] = useTask<{ ok: true }>();
  useEffect(() => {
    send<'kenarUserPost'>({ type: 'kenarUserPost', token }).then(
      (post) => {
        setTitle(post.general_data?.title ?? '');
        setDescription(post.general_data?.description ?? '');
      },
      () => undefined, // the form still works; saving will report what is wrong
    );
  }, [token]);
  const problems = checkPostEdit({ title, description });
  const submit = (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (problems.length === 0)
      void runSave(() =>
        send<'kenarEditPost'>({ type: 'kenarEditPost', token, title, description }),
      );
  };
  const problemOf = (field: 'title' | 'description') => {
    const problem = tried ? problems.find((p) => p.field === field) : undefined;
    return problem ? (
      <p class="kenar-problem" role="alert" data-testid={`edit-problem-${field}`}>
        {t(`problem.${field}.${problem.code}` as KenarTextKey)}
      </p>
    ) : null;
  };
  return (
    <form class="kenar-form" data-testid="kenar-edit" onSubmit={submit} noValidate>
      <h4 class="kenar-subtitle">{t('edit')}</h4>
      <label class="label" for={`title-${token}`}>
        {t('editTitle')}{' '}
        <span class="muted">
          ({lengthOf(title)}/{TITLE_MAX})
        </span>
      </label>
      <input
        id={`title-${token}`}
        class="input"
        data-testid="edit-title"
        value={title}
        onInput={(e) => setTitle(e.currentTarget.value)}
      />
      {problemOf('title')}
      <label class="label" for={`description-${token}`}>
        {t('editDescription')}
      </label>
      <textarea
        id={`description-${token}`}
        class="input"
        rows={4}
        data-testid="edit-description"
        value={description}
        onInput={(e) => setDescription(e.currentTarget.value)}
      />
      {problemOf('description')}
      <button
        type="submit"
        class="button"
        data-testid="edit-save"
        disabled={save.status === 'busy'}
      >
        {t('save')}
      </button>
      {save.status === 'done' ? (
        <p class="ok" data-testid="edit-saved">
          {t('saved')}
        </p>
      ) : null}
      {save.status === 'failed' ? (
        <KenarErrorNotice
          error={save.error}
          action="edit"
          token={token}
          onRetry={() =>
            void runSave(() =>
              send<'kenarEditPost'>({ type: 'kenarEditPost', token, title, description }),
            )
          }
        />
      ) : null}
    </form>
  );
}
