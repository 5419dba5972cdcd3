import { useState } from 'preact/hooks';
import type { FieldValues } from '@/lib/kenar/category-fields';
import { checkCategoryData } from '@/lib/kenar/field-checks';
import type { CategoryForm, FullEditResult } from '@/lib/kenar/full-edit';
import { stripState, uploadedPhotos } from '@/lib/kenar/photo-list';
import { KenarErrorNotice } from './KenarErrorNotice';
import { useKenarSend, useKenarT, useTask } from './kenar-env';
import { PhotoStrip } from './PhotoStrip';
import { SchemaFields } from './SchemaFields';
import { usePhotos } from './use-photos';

function FullEditForm({ token, form }: { token: string; form: CategoryForm }) {
  const t = useKenarT();
  const send = useKenarSend();
  const [values, setValues] = useState<FieldValues>(form.values);
  const photos = usePhotos(form.images.map((path, i) => ({ path, url: form.imageUrls[i] })));
  const [tried, setTried] = useState(false);
  const [save, runSave] = useTask<FullEditResult>();
  const problems = checkCategoryData(form.fields, values);
  const strip = stripState(photos.items);
  const saveNow = () =>
    void runSave(() =>
      send<'kenarEditFields'>({
        type: 'kenarEditFields',
        token,
        values,
        images: uploadedPhotos(photos.items).map((photo) => photo.path),
      }),
    );
  const submit = (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (problems.length === 0 && strip === 'ready') saveNow();
  };
  return (
    <form class="kenar-form" data-testid="kenar-full-edit" onSubmit={submit} noValidate>
      <h4 class="kenar-subtitle">{t('fullEdit')}</h4>
      <SchemaFields
        fields={form.fields}
        values={values}
        onChange={setValues}
        problems={tried ? problems : []}
      />
      <h4 class="kenar-subtitle">{t('newPost.photos')}</h4>
      <PhotoStrip photos={photos} />
      {tried && strip !== 'ready' ? (
        <p class="kenar-problem" role="alert" data-testid="full-edit-photos-problem">
          {t(strip === 'failed' ? 'newPost.failedPhotos' : 'newPost.waitPhotos')}
        </p>
      ) : null}
      <button
        type="submit"
        class="button"
        data-testid="full-edit-save"
        disabled={save.status === 'busy'}
      >
        {t('save')}
      </button>
      {save.status === 'done' ? (
        <p class="ok" data-testid="full-edit-saved" data-changed={save.data.changed.join(' ')}>
          {t(save.data.changed.length > 0 ? 'saved' : 'fullEdit.nothing')}
        </p>
      ) : null}
      {save.status === 'failed' ? (
        <KenarErrorNotice error={save.error} action="edit" token={token} onRetry={saveNow} />
      ) : null}
    </form>
  );
}

/** Full edit of an own post from its category's submit schema, with its photos; checked before sending. */
export function FullEdit({ token }: { token: string }) {
  const t = useKenarT();
  const send = useKenarSend();
  const [form, loadForm] = useTask<CategoryForm>();
  if (form.status === 'done') return <FullEditForm token={token} form={form.data} />;
  return (
    <div class="kenar-form" data-testid="kenar-full-edit">
      <h4 class="kenar-subtitle">{t('fullEdit')}</h4>
      {form.status === 'failed' ? <KenarErrorNotice error={form.error} /> : null}
      <button
        type="button"
        class="button button--small"
        data-testid="full-edit-load"
        disabled={form.status === 'busy'}
        onClick={() =>
          void loadForm(() => send<'kenarCategoryForm'>({ type: 'kenarCategoryForm', token }))
        }
      >
        {t('fullEditLoad')}
      </button>
    </div>
  );
}
