import './kenar.css';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { DivarPage } from '@/lib/divar/page-kind';
import type { ErrorKind } from '@/lib/errors';
import type { KenarStatus } from '@/lib/kenar/protocol';
import { KenarPostPanel } from './KenarPostPanel';
import { KenarSearch } from './KenarSearch';
import { KenarEnvContext, useKenarSend, useKenarT } from './kenar-env';
import { MyPosts } from './MyPosts';

/** Props of KenarSection. */
export interface KenarSectionProps {
  page: DivarPage | undefined;
  onError(kind: ErrorKind): void;
}

/** The popup's Kenar card: the post panel or a search on divar pages, and "My posts". */
export function KenarSection({ page, onError }: KenarSectionProps) {
  const t = useKenarT();
  const send = useKenarSend();
  const { openOptions } = useContext(KenarEnvContext);
  const [status, setStatus] = useState<KenarStatus | undefined>();
  useEffect(() => {
    send<'kenarStatus'>({ type: 'kenarStatus' }).then(setStatus, () => undefined);
  }, []);
  if (!status) return null;
  return (
    <section class="card kenar" data-testid="kenar" data-connected={status.connected}>
      <h2 class="card__title">{t('title')}</h2>
      {status.hasKey ? null : (
        <div class="kenar-hint" data-testid="kenar-no-key">
          <p class="muted">{t('noKey')}</p>
          <button type="button" class="button button--small" onClick={openOptions}>
            {t('openOptions')}
          </button>
        </div>
      )}
      {status.hasKey && page?.kind === 'post' ? (
        <KenarPostPanel token={page.token} status={status} onStatus={setStatus} onError={onError} />
      ) : null}
      {status.hasKey && page?.kind === 'search' && page.categorySlug ? (
        <KenarSearch
          city={page.citySlug}
          category={page.categorySlug}
          status={status}
          onStatus={setStatus}
        />
      ) : null}
      {status.hasKey && status.connected ? <MyPosts /> : null}
    </section>
  );
}
