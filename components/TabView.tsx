import type { ErrorKind } from '@/lib/errors';
import type { CurrentTab } from '@/lib/popup/current-tab';
import { useT } from './i18n';
import { lazy } from './Lazy';
import { PageSummary } from './PageSummary';
import { UrlInspector } from './UrlInspector';

// Panels of one page kind load with it: a search's (with the places and category tables) or a post's.
const SearchView = lazy(async () => (await import('./SearchView')).SearchView);
const PostDetails = lazy(async () => (await import('./PostDetails')).PostDetails);

/** What the popup shows for its tab: the divar page's summary and panels, or the URL box. */
export function TabView({ tab, onError }: { tab: CurrentTab; onError(kind: ErrorKind): void }) {
  const t = useT();
  const page = tab.view?.page;
  const search = tab.view?.search;
  if (page && page.kind !== 'other') {
    return (
      <>
        <PageSummary page={page} onError={onError} />
        {search ? (
          <SearchView search={search} url={page.url} tabId={tab.tabId} onError={onError} />
        ) : null}
        {page.kind === 'post' ? <PostDetails token={page.token} /> : null}
      </>
    );
  }
  return (
    <>
      <h2 class="kind kind--none" data-testid="page-kind" data-kind={page ? 'other' : 'none'}>
        {t(page ? 'kind.other' : 'kind.none')}
      </h2>
      <UrlInspector onError={onError} />
    </>
  );
}
