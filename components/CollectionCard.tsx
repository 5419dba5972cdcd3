import { useEffect, useState } from 'preact/hooks';
import type { Collection } from '@/lib/collections/store';
import type { ErrorKind } from '@/lib/errors';
import { formatNumber } from '@/lib/i18n/format';
import { sendMessage } from '@/lib/messaging/client';
import { useLang, useT } from './i18n';
import { useServices } from './services';
import { useOpenPosts } from './use-open-posts';

/** The user's collection (posts added from the right-click menu): fetch their details, or empty it. */
export function CollectionCard({ onError }: { onError(kind: ErrorKind): void }) {
  const t = useT();
  const lang = useLang();
  const { send, watchLocal } = useServices();
  const openPosts = useOpenPosts();
  const [collection, setCollection] = useState<Collection | undefined>();
  useEffect(() => {
    const load = () =>
      void sendMessage<'collectionGet'>(send, { type: 'collectionGet' }).then(
        setCollection,
        () => undefined,
      );
    load();
    // Posts added from the right-click menu while the popup is open show up at once.
    return watchLocal?.('collection:v1', load);
  }, [send, watchLocal]);
  if (!collection || collection.tokens.length === 0) return null;
  const fail = (e: { kind?: ErrorKind }) => onError(e.kind ?? 'internal');
  const fetchAll = () => openPosts(collection.tokens, t('collection.title')).catch(fail);
  const clear = () =>
    sendMessage<'collectionClear'>(send, { type: 'collectionClear' }).then(setCollection, fail);
  return (
    <section class="card" data-testid="collection" data-count={collection.tokens.length}>
      <h3 class="card__title">
        {t('collection.title')} ({formatNumber(lang, collection.tokens.length)}{' '}
        {t('collection.count')})
      </h3>
      <div class="actions">
        <button
          type="button"
          class="button button--small"
          data-testid="collection-fetch"
          onClick={fetchAll}
        >
          {t('collection.fetch')}
        </button>
        <button
          type="button"
          class="button button--small button--quiet"
          data-testid="collection-clear"
          onClick={clear}
        >
          {t('collection.clear')}
        </button>
      </div>
    </section>
  );
}
