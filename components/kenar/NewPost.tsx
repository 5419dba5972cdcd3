import { useEffect, useState } from 'preact/hooks';
import type { SubmittedPost } from '@/lib/kenar/new-post';
import type { CopySource } from '@/lib/kenar/new-post-link';
import { KenarErrorNotice } from './KenarErrorNotice';
import { useKenarSend, useKenarT, useTask } from './kenar-env';
import { NewPostForm } from './NewPostForm';
import { NewPostStart, type StartResult } from './NewPostStart';
import { PostCreated } from './PostCreated';

/** Props of NewPost. */
export interface NewPostProps {
  copy?: CopySource;
  /** Called once Kenar made the post (so "My posts" can show it). */
  onPosted?(post: SubmittedPost): void;
}

/**
 * A new listing through Kenar: can-submit first (Kenar's reason and the fix when it says no),
 * then who posts it, where and in which category, then the category's form with photos.
 */
export function NewPost({ copy, onPosted }: NewPostProps) {
  const t = useKenarT();
  const send = useKenarSend();
  const [check, runCheck] = useTask<{ canSubmit: true }>();
  const [start, setStart] = useState<StartResult>();
  const [back, setBack] = useState<StartResult>();
  const [posted, setPosted] = useState<SubmittedPost>();
  const recheck = () => void runCheck(() => send<'kenarCanSubmit'>({ type: 'kenarCanSubmit' }));
  useEffect(recheck, []);
  const body = posted ? (
    <PostCreated
      post={posted}
      onAnother={() => {
        setPosted(undefined);
        setStart(undefined);
        setBack(undefined);
      }}
    />
  ) : check.status === 'failed' ? (
    <KenarErrorNotice error={check.error} action="submit" onRetry={recheck} />
  ) : check.status !== 'done' ? (
    <p class="muted">{t('newPost.checking')}</p>
  ) : start ? (
    <NewPostForm
      start={start}
      onBack={(current) => {
        setBack(current);
        setStart(undefined);
      }}
      onPosted={(post) => {
        setPosted(post);
        onPosted?.(post);
      }}
    />
  ) : (
    <NewPostStart copy={back ? undefined : copy} previous={back} onReady={setStart} />
  );
  return (
    <section class="kenar-form kenar-new-post" data-testid="kenar-new-post" id="kenar-new-post">
      <h3 class="card__title">{t('newPost.heading')}</h3>
      {body}
    </section>
  );
}
