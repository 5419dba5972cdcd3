import type { SearchInfo } from '@/lib/divar/search-info';
import type { ErrorKind } from '@/lib/errors';
import { DeveloperSection } from './DeveloperSection';
import { JobPanel } from './JobPanel';
import { SearchFilters } from './SearchFilters';
import { SearchPanel } from './SearchPanel';

/** Props of SearchView. */
export interface SearchViewProps {
  search: SearchInfo;
  url: string;
  tabId: number | undefined;
  onError(kind: ErrorKind): void;
}

/** A search page's panels (loaded only when a search is shown): filters, "Fetch all", its request. */
export function SearchView({ search, url, tabId, onError }: SearchViewProps) {
  if (!search.ok) return <SearchPanel search={search} onError={onError} />;
  return (
    <>
      <SearchFilters query={search.query} url={url} tabId={tabId} />
      <JobPanel url={url} tabId={tabId} onError={onError} />
      <DeveloperSection>
        <SearchPanel search={search} onError={onError} />
      </DeveloperSection>
    </>
  );
}
