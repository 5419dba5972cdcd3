import type { SubmittedPost } from '@/lib/kenar/new-post';
import { useKenarT } from './kenar-env';

/** The post Kenar made: its token and divar link, which call made it, and that it awaits payment. */
export function PostCreated({ post, onAnother }: { post: SubmittedPost; onAnother(): void }) {
  const t = useKenarT();
  return (
    <div
      class="notice notice--ok"
      data-testid="new-post-done"
      data-token={post.token}
      data-via={post.via}
    >
      <p class="ok">{t('newPost.done')}</p>
      <dl>
        <div class="field">
          <dt>{t('newPost.token')}</dt>
          <dd>
            <code dir="ltr" data-testid="new-post-token">
              {post.token}
            </code>
          </dd>
        </div>
        <div class="field">
          <dt>{t('newPost.link')}</dt>
          <dd>
            <a
              href={post.link}
              target="_blank"
              rel="noreferrer"
              dir="ltr"
              data-testid="new-post-link"
            >
              {post.link}
            </a>
          </dd>
        </div>
      </dl>
      <p class="muted">{t(post.via === 'v2' ? 'newPost.via.v2' : 'newPost.via.user')}</p>
      <p class="muted">{t('newPost.payment')}</p>
      <button
        type="button"
        class="button button--small"
        data-testid="new-post-another"
        onClick={onAnother}
      >
        {t('newPost.another')}
      </button>
    </div>
  );
}
