import { useEffect, useState } from 'preact/hooks';
import { type CopySource, NEW_POST_ANCHOR } from '@/lib/kenar/new-post-link';
import type { KenarStatus } from '@/lib/kenar/protocol';
import { BusinessButton } from '../kenar/BusinessButton';
import { useKenarT } from '../kenar/kenar-env';
import { MyPosts } from '../kenar/MyPosts';
import { NewPost } from '../kenar/NewPost';

/** Props of KenarPosts. */
export interface KenarPostsProps {
  status: KenarStatus;
  /** What the page's address asked for (the popup opens a new listing here). */
  initial: { open: boolean; copy?: CopySource };
}

type Opened = { key: number; copy?: CopySource } | undefined;

/** The options page's "My posts": the user's posts, a new listing (or a copy), the business button. */
export function KenarPosts({ status, initial }: KenarPostsProps) {
  const t = useKenarT();
  const [newPost, setNewPost] = useState<Opened>(
    initial.open ? { key: 0, copy: initial.copy } : undefined,
  );
  const [postsKey, setPostsKey] = useState(0);
  useEffect(() => {
    if (newPost) document.getElementById(NEW_POST_ANCHOR)?.scrollIntoView();
  }, [newPost?.key]);
  if (!status.hasKey || !status.connected)
    return (
      <section class="card options-section" data-testid="options-my-posts">
        <h2 class="card__title">{t('myPosts')}</h2>
        <p class="muted">{t('notConnected')}</p>
      </section>
    );
  return (
    <>
      <section class="card options-section" data-testid="options-my-posts">
        <div class="actions">
          <button
            type="button"
            class="button"
            data-testid="new-post-open"
            onClick={() => setNewPost({ key: Date.now() })}
          >
            {t('newPostOpen')}
          </button>
        </div>
        <MyPosts
          key={postsKey}
          open
          onCopy={(token) => setNewPost({ key: Date.now(), copy: { token, from: 'own' } })}
        />
      </section>
      {newPost ? (
        <section class="card options-section" data-testid="new-post-card">
          <NewPost
            key={newPost.key}
            copy={newPost.copy}
            onPosted={() => setPostsKey((key) => key + 1)}
          />
        </section>
      ) : null}
      <BusinessButton />
    </>
  );
}
