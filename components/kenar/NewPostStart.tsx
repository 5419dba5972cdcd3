import { useEffect, useState } from 'preact/hooks';
import type { CategoryField } from '@/lib/kenar/category-fields';
import type { NewPostSetup } from '@/lib/kenar/new-post';
import type { CopySource } from '@/lib/kenar/new-post-link';
import type { CopiedPost } from '@/lib/kenar/post-copy';
import type { NewPostDraft, NewPostInput } from '@/lib/kenar/schemas/new-post';
import { DraftOffer } from './DraftOffer';
import { KenarErrorNotice } from './KenarErrorNotice';
import { useKenarSend, useKenarT, useTask } from './kenar-env';
import { PostPlace } from './PostPlace';

/** What the form step starts from: the input so far, the category's fields, and a copy's notes. */
export interface StartResult {
  input: NewPostInput;
  fields: CategoryField[];
  copiedFrom?: string;
  unmapped?: string[];
}

/** Props of NewPostStart. */
export interface NewPostStartProps {
  copy?: CopySource;
  /** The form step's state when the user came back from it. */
  previous?: StartResult;
  onReady(start: StartResult): void;
}

interface Loaded {
  setup: NewPostSetup;
  draft: NewPostDraft | null;
  copied?: CopiedPost;
}

const blank = (prefill: Partial<NewPostInput>): NewPostInput => ({
  businessToken: '',
  city: '',
  category: '',
  title: '',
  description: '',
  chatEnabled: true,
  hidePhone: false,
  values: {},
  photos: [],
  ...prefill,
});

/** The first step: a kept draft to continue, a copy's start, then who posts, where, which category. */
export function NewPostStart({ copy, previous, onReady }: NewPostStartProps) {
  const t = useKenarT();
  const send = useKenarSend();
  const [loaded, load] = useTask<Loaded>();
  const [form, loadForm] = useTask<StartResult>();
  const [draftGone, setDraftGone] = useState(false);
  const start = () =>
    void load(async () => {
      const [setup, draft, copied] = await Promise.all([
        send<'kenarNewPostSetup'>({ type: 'kenarNewPostSetup' }),
        send<'kenarDraft'>({ type: 'kenarDraft' }),
        copy ? send<'kenarCopySource'>({ type: 'kenarCopySource', ...copy }) : undefined,
      ]);
      return { setup, draft, copied };
    });
  useEffect(start, []);
  const ready = (input: NewPostInput, extra: Omit<StartResult, 'input' | 'fields'>) =>
    void loadForm(async () => {
      const { fields } = await send<'kenarSubmitForm'>({
        type: 'kenarSubmitForm',
        category: input.category,
      });
      const start = { input, fields, ...extra };
      onReady(start);
      return start;
    });
  if (loaded.status === 'failed')
    return <KenarErrorNotice error={loaded.error} action="businesses" onRetry={start} />;
  if (loaded.status !== 'done') return <p class="muted">{t('loading')}</p>;
  const { setup, draft, copied } = loaded.data;
  const prefill = previous?.input ?? blank(copied?.input ?? {});
  const only = setup.businesses.length === 1 ? setup.businesses[0]?.business_token : undefined;
  return (
    <>
      {draft && !previous && !draftGone ? (
        <DraftOffer
          draft={draft}
          onResume={() => ready(draft.input, { copiedFrom: draft.copiedFrom })}
          onDiscard={() => {
            setDraftGone(true);
            void send<'kenarDropDraft'>({ type: 'kenarDropDraft' });
          }}
        />
      ) : null}
      <PostPlace
        setup={setup}
        initial={{ ...prefill, businessToken: prefill.businessToken || only || '' }}
        busy={form.status === 'busy'}
        onNext={(place) =>
          ready(blank({ ...prefill, ...place }), {
            copiedFrom: previous?.copiedFrom ?? (copy ? copy.token : undefined),
            unmapped: previous?.unmapped ?? copied?.unmapped,
          })
        }
      />
      {form.status === 'failed' ? <KenarErrorNotice error={form.error} /> : null}
    </>
  );
}
