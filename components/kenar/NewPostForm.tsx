import { useState } from 'preact/hooks';
import type { FieldProblem, FieldValues } from '@/lib/kenar/category-fields';
import { checkCategoryData } from '@/lib/kenar/field-checks';
import { fieldTitle } from '@/lib/kenar/field-names';
import type { KenarTextKey } from '@/lib/kenar/i18n';
import type { SubmittedPost } from '@/lib/kenar/new-post';
import { checkNewPost } from '@/lib/kenar/new-post-checks';
import { stripState, uploadedPhotos } from '@/lib/kenar/photo-list';
import type { NewPostInput } from '@/lib/kenar/schemas/new-post';
import { CopiedNote } from './CopiedNote';
import { type General, GeneralFields } from './GeneralFields';
import { KenarErrorNotice } from './KenarErrorNotice';
import { useKenarSend, useKenarT, useTask } from './kenar-env';
import type { StartResult } from './NewPostStart';
import { PhotoStrip } from './PhotoStrip';
import { RefusedField } from './RefusedField';
import { SchemaFields } from './SchemaFields';
import { useDraft } from './use-draft';
import { usePhotos } from './use-photos';

/** Props of NewPostForm. */
export interface NewPostFormProps {
  start: StartResult;
  onBack(current: StartResult): void;
  onPosted(post: SubmittedPost): void;
}

/** The new post's form: general fields, the category's fields, photos; checked, then sent on a click. */
export function NewPostForm({ start, onBack, onPosted }: NewPostFormProps) {
  const t = useKenarT();
  const send = useKenarSend();
  const [general, setGeneral] = useState<General>(start.input);
  const [values, setValues] = useState<FieldValues>(start.input.values);
  const photos = usePhotos(start.input.photos);
  const [tried, setTried] = useState(false);
  const [submit, runSubmit] = useTask<SubmittedPost>();
  const input: NewPostInput = {
    ...start.input,
    ...general,
    values,
    photos: uploadedPhotos(photos.items),
  };
  const draft = useDraft(input, start.copiedFrom);
  const problems: FieldProblem[] = [
    ...checkNewPost(input),
    ...checkCategoryData(start.fields, values),
  ];
  const strip = stripState(photos.items);
  const names = problems.map((p) => {
    const word = GENERAL_WORDS[p.key];
    return word ? t(word) : (fieldTitle(start.fields, p.key) ?? p.key);
  });
  const post = () =>
    void runSubmit(async () => {
      const made = await send<'kenarSubmitPost'>({
        type: 'kenarSubmitPost',
        input,
        confirmed: true,
      });
      draft.stop();
      await send<'kenarDropDraft'>({ type: 'kenarDropDraft' }).catch(() => undefined);
      onPosted(made);
      return made;
    });
  const onSubmit = (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (problems.length === 0 && strip === 'ready') post();
  };
  return (
    <form class="kenar-form" data-testid="new-post-form" onSubmit={onSubmit} noValidate>
      <div class="actions">
        <button
          type="button"
          class="button button--small button--secondary"
          data-testid="new-post-back"
          onClick={() => onBack({ ...start, input })}
        >
          {t('newPost.back')}
        </button>
      </div>
      <CopiedNote start={start} />
      <GeneralFields value={general} onChange={setGeneral} problems={tried ? problems : []} />
      <h4 class="kenar-subtitle">{t('newPost.fields')}</h4>
      <SchemaFields
        fields={start.fields}
        values={values}
        onChange={setValues}
        problems={tried ? problems : []}
      />
      <h4 class="kenar-subtitle">{t('newPost.photos')}</h4>
      <PhotoStrip photos={photos} />
      {tried && problems.length > 0 ? (
        <p class="kenar-problem" role="alert" data-testid="new-post-problems">
          {t('newPost.check', { fields: names.join('، ') })}
        </p>
      ) : null}
      {tried && strip !== 'ready' ? (
        <p class="kenar-problem" role="alert" data-testid="new-post-photos-problem">
          {t(strip === 'failed' ? 'newPost.failedPhotos' : 'newPost.waitPhotos')}
        </p>
      ) : null}
      <p class="muted">{t('draft.note')}</p>
      <button
        type="submit"
        class="button"
        data-testid="new-post-submit"
        disabled={submit.status === 'busy'}
      >
        {t('newPost.submit')}
      </button>
      {submit.status === 'failed' ? (
        <>
          <RefusedField error={submit.error} fields={start.fields} />
          <KenarErrorNotice error={submit.error} action="submit" onRetry={post} />
        </>
      ) : null}
    </form>
  );
}

const GENERAL_WORDS: Partial<Record<string, KenarTextKey>> = {
  business: 'newPost.business',
  city: 'newPost.city',
  category: 'newPost.category',
  title: 'newPost.title',
  description: 'newPost.description',
  photos: 'newPost.photos',
};
