import { useEffect, useState } from 'preact/hooks';
import { describeFilters } from '@/lib/divar/describe-filters';
import { filterLabel, filterValueText } from '@/lib/divar/filter-text';
import type { SearchQuery } from '@/lib/divar/search-query';
import { formatNumber, joinParts } from '@/lib/i18n/format';
import { sendMessage } from '@/lib/messaging/client';
import { Data } from './Data';
import { useLang, useT } from './i18n';
import { useServices } from './services';

/** Props of SearchFilters. */
export interface SearchFiltersProps {
  query: SearchQuery;
  url: string;
  tabId: number | undefined;
}

/** A search as divar shows it: city, category and filters by name, and divar's approximate count. */
export function SearchFilters({ query, url, tabId }: SearchFiltersProps) {
  const t = useT();
  const lang = useLang();
  const { send } = useServices();
  const [count, setCount] = useState<number | undefined>();
  useEffect(() => {
    void sendMessage<'searchCount'>(send, { type: 'searchCount', url, tabId }).then(
      (answer) => setCount(answer.count),
      () => undefined, // the count is a nicety; the rest of the panel works without it
    );
  }, [url, tabId, send]);
  const { cities, category, rows } = describeFilters(query, lang);
  return (
    <section class="card" data-testid="search-filters">
      <h3 class="card__title">
        {joinParts(lang, [category ?? t('search.allCategories'), ...cities])}
      </h3>
      {count !== undefined ? (
        <p class="muted" data-testid="search-count" data-count={count}>
          {t('search.count')}: {formatNumber(lang, count)}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <dl>
          {rows.map((row) => (
            <div class="field" key={row.key} data-testid="filter-row" data-key={row.key}>
              <dt>{filterLabel(row.key, lang)}</dt>
              <dd>
                <Data text={filterValueText(row.key, row.value, lang)} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
