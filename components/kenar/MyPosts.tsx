import { useState } from 'preact/hooks';
import type { UserPostsItem } from '@/lib/kenar/schemas/finder';
import { Data } from '../Data';
import { KenarErrorNotice } from './KenarErrorNotice';
import { useKenarSend, useKenarT, useTask } from './kenar-env';
import { OwnPostPanel } from './OwnPostPanel';

/** "My posts": the connected user's posts from Kenar, each with the owner's tools on demand. */
export function MyPosts() {
  const t = useKenarT();
  const send = useKenarSend();
  const [posts, load] = useTask<UserPostsItem[]>();
  const [open, setOpen] = useState<string | undefined>();
  const reload = () => load(() => send<'kenarMyPosts'>({ type: 'kenarMyPosts' }));
  const onToggle = (event: Event) => {
    if ((event.currentTarget as HTMLDetailsElement).open && posts.status === 'idle') void reload();
  };
  return (
    <details class="kenar-my-posts" data-testid="kenar-my-posts" onToggle={onToggle}>
      <summary>{t('myPosts')}</summary>
      {posts.status === 'busy' ? <p class="muted">{t('loading')}</p> : null}
      {posts.status === 'failed' ? (
        <KenarErrorNotice error={posts.error} action="posts" onRetry={reload} />
      ) : null}
      {posts.status === 'done' && posts.data.length === 0 ? (
        <p class="muted">{t('myPostsEmpty')}</p>
      ) : null}
      {posts.status === 'done' ? (
        <ul class="kenar-list">
          {posts.data.map((post) => (
            <li key={post.token} data-testid="my-post" data-token={post.token}>
              <div class="kenar-list__row">
                <Data text={post.title ?? ''} />
                <code dir="ltr">{post.token}</code>
                <button
                  type="button"
                  class="button button--small"
                  data-testid="my-post-manage"
                  onClick={() => setOpen(open === post.token ? undefined : post.token)}
                >
                  {t('manage')}
                </button>
              </div>
              {open === post.token && post.token ? (
                <OwnPostPanel token={post.token} onDeleted={() => void reload()} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
