import { useEffect, useState } from 'preact/hooks';
import type { UserPostsItem } from '@/lib/kenar/schemas/finder';
import { Data } from '../Data';
import { PushToPortal } from '../portals/PushToPortal';
import { useOwnPostListings } from '../portals/use-own-post-listings';
import { KenarErrorNotice } from './KenarErrorNotice';
import { useKenarSend, useKenarT, useTask } from './kenar-env';
import { OwnPostPanel } from './OwnPostPanel';

/** Props of MyPosts. */
export interface MyPostsProps {
  /** Shown open (and read at once) rather than folded. */
  open?: boolean;
  /** Starts a new listing from one of the posts. */
  onCopy?(token: string): void;
}

/** "My posts": the connected user's posts from Kenar, each with the owner's tools on demand. */
export function MyPosts({ open: startOpen = false, onCopy }: MyPostsProps) {
  const t = useKenarT();
  const send = useKenarSend();
  const [posts, load] = useTask<UserPostsItem[]>();
  const [open, setOpen] = useState<string | undefined>();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const listingsOf = useOwnPostListings();
  const choose = (token: string, isOn: boolean) =>
    setChosen((old) => new Set(isOn ? [...old, token] : [...old].filter((t) => t !== token)));
  const reload = () => load(() => send<'kenarMyPosts'>({ type: 'kenarMyPosts' }));
  useEffect(() => {
    if (startOpen) void reload();
  }, []);
  const onToggle = (event: Event) => {
    if ((event.currentTarget as HTMLDetailsElement).open && posts.status === 'idle') void reload();
  };
  return (
    <details
      class="kenar-my-posts"
      data-testid="kenar-my-posts"
      open={startOpen}
      onToggle={onToggle}
    >
      <summary>{t('myPosts')}</summary>
      {posts.status === 'busy' ? <p class="muted">{t('loading')}</p> : null}
      {posts.status === 'failed' ? (
        <KenarErrorNotice error={posts.error} action="posts" onRetry={reload} />
      ) : null}
      {posts.status === 'done' && posts.data.length === 0 ? (
        <p class="muted">{t('myPostsEmpty')}</p>
      ) : null}
      {posts.status === 'done' && posts.data.length > 0 ? (
        <PushToPortal count={chosen.size} listings={() => listingsOf([...chosen])} />
      ) : null}
      {posts.status === 'done' ? (
        <ul class="kenar-list">
          {posts.data.map((post) => (
            <li key={post.token} data-testid="my-post" data-token={post.token}>
              <div class="kenar-list__row">
                <input
                  type="checkbox"
                  data-testid="my-post-select"
                  aria-label={post.title}
                  checked={chosen.has(post.token ?? '')}
                  disabled={!post.token}
                  onChange={(e) => choose(post.token ?? '', e.currentTarget.checked)}
                />
                <Data text={post.title ?? ''} />
                <code dir="ltr">{post.token}</code>
                {onCopy && post.token ? (
                  <button
                    type="button"
                    class="button button--small button--secondary"
                    data-testid="my-post-copy"
                    onClick={() => onCopy(post.token ?? '')}
                  >
                    {t('copyPost')}
                  </button>
                ) : null}
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
