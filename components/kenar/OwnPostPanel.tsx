import { useState } from 'preact/hooks';
import { DeletePost } from './DeletePost';
import { EditPost } from './EditPost';
import { FullEdit } from './FullEdit';
import { useKenarT } from './kenar-env';
import { PostButton } from './PostButton';
import { PostStats } from './PostStats';

/** Everything the owner can do with one post: stats, edit, button, delete. */
export function OwnPostPanel({ token, onDeleted }: { token: string; onDeleted?(): void }) {
  const t = useKenarT();
  const [deleted, setDeleted] = useState(false);
  return (
    <section class="kenar-own" data-testid="kenar-own" data-token={token}>
      <h3 class="card__title">{t('own')}</h3>
      {deleted ? null : (
        <>
          <PostStats token={token} />
          <EditPost token={token} />
          <FullEdit token={token} />
          <PostButton token={token} />
        </>
      )}
      <DeletePost
        token={token}
        onDeleted={() => {
          setDeleted(true);
          onDeleted?.();
        }}
      />
    </section>
  );
}
