import { useContext, useEffect } from 'preact/hooks';
import type { ErrorKind } from '@/lib/errors';
import type { KenarStatus } from '@/lib/kenar/protocol';
import type { FinderPost, UserPostsItem } from '@/lib/kenar/schemas/finder';
import { ConnectButton } from './ConnectButton';
import { KenarErrorNotice } from './KenarErrorNotice';
import { KenarEnvContext, useKenarSend, useKenarT, useTask } from './kenar-env';
import { OfficialRecord } from './OfficialRecord';
import { OwnPostPanel } from './OwnPostPanel';

/** Props of KenarPostPanel. */
export interface KenarPostPanelProps {
  token: string;
  status: KenarStatus;
  onStatus(status: KenarStatus): void;
  onError(kind: ErrorKind): void;
}

/** Kenar on a post page: the official record, and the owner's tools when the post is theirs. */
export function KenarPostPanel({ token, status, onStatus, onError }: KenarPostPanelProps) {
  const t = useKenarT();
  const send = useKenarSend();
  const { openNewPost } = useContext(KenarEnvContext);
  const [record, loadRecord] = useTask<FinderPost>();
  const [mine, loadMine] = useTask<UserPostsItem[]>();
  useEffect(() => {
    void loadRecord(() => send<'kenarGetPost'>({ type: 'kenarGetPost', token }));
    if (status.connected) void loadMine(() => send<'kenarMyPosts'>({ type: 'kenarMyPosts' }));
  }, [token, status.connected]);
  const isOwn = mine.status === 'done' && mine.data.some((post) => post.token === token);
  return (
    <div class="kenar-post" data-testid="kenar-post">
      {record.status === 'done' ? <OfficialRecord record={record.data} onError={onError} /> : null}
      {record.status === 'failed' ? <KenarErrorNotice error={record.error} /> : null}
      {record.status === 'busy' ? <p class="muted">{t('loading')}</p> : null}
      {!status.connected ? (
        <div class="kenar-hint">
          <p class="muted">{t('notConnected')}</p>
          <ConnectButton onConnected={onStatus} />
        </div>
      ) : null}
      {mine.status === 'failed' ? (
        <KenarErrorNotice
          error={mine.error}
          action="posts"
          onRetry={() => void loadMine(() => send<'kenarMyPosts'>({ type: 'kenarMyPosts' }))}
        />
      ) : null}
      {mine.status === 'done' && !isOwn ? (
        <p class="muted" data-testid="kenar-not-own">
          {t('notOwn')}
        </p>
      ) : null}
      {status.connected && (mine.status === 'done' || mine.status === 'failed') ? (
        <button
          type="button"
          class="button button--small button--secondary"
          data-testid="kenar-copy-post"
          onClick={() => openNewPost({ token, from: isOwn ? 'own' : 'public' })}
        >
          {t('copyPost')}
        </button>
      ) : null}
      {isOwn ? <OwnPostPanel token={token} /> : null}
    </div>
  );
}
