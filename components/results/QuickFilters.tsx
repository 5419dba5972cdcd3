import type { Lang } from '@/lib/i18n';
import { formatNumber } from '@/lib/results/format';
import {
  NO_FILTER,
  parseAmount,
  type QuickFilter,
  type SortKey,
  type SortState,
} from '@/lib/results/view';
import { CommitInput } from '../CommitInput';
import { useLang, useT } from '../i18n';

/** Props of QuickFilters. */
export interface QuickFiltersProps {
  filter: QuickFilter;
  onFilter(filter: QuickFilter): void;
  sort: SortState | undefined;
  onSort(sort: SortState | undefined): void;
  shown: number;
  total: number;
}

const SORTS: SortKey[] = ['price', 'pricePerSquareMetre', 'size', 'date'];

const amountText = (value: number | undefined, lang: Lang) =>
  value === undefined ? '' : formatNumber(value, lang);

/** Text search, price range, "with photos only" and the sort, above the results table. */
export function QuickFilters({ filter, onFilter, sort, onSort, shown, total }: QuickFiltersProps) {
  const t = useT();
  const lang = useLang();
  const set = (patch: Partial<QuickFilter>) => onFilter({ ...filter, ...patch });
  const sortValue = sort ? `${sort.key}:${sort.dir}` : '';
  return (
    <search class="filters card">
      <label class="filters__text">
        <span class="label">{t('results.filter.text')}</span>
        <input
          class="input"
          type="search"
          data-testid="filter-text"
          value={filter.text}
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
      </label>
      <label>
        <span class="label">{t('results.filter.minPrice')}</span>
        <CommitInput
          class="input"
          inputMode="numeric"
          data-testid="filter-min-price"
          value={amountText(filter.minPrice, lang)}
          onCommit={(text) => set({ minPrice: parseAmount(text) })}
        />
      </label>
      <label>
        <span class="label">{t('results.filter.maxPrice')}</span>
        <CommitInput
          class="input"
          inputMode="numeric"
          data-testid="filter-max-price"
          value={amountText(filter.maxPrice, lang)}
          onCommit={(text) => set({ maxPrice: parseAmount(text) })}
        />
      </label>
      <label>
        <span class="label">{t('results.sort')}</span>
        <select
          class="input"
          data-testid="sort-select"
          value={sortValue}
          onChange={(e) => {
            const [key, dir] = e.currentTarget.value.split(':') as [SortKey, 'asc' | 'desc'];
            onSort(e.currentTarget.value ? { key, dir } : undefined);
          }}
        >
          <option value="">{t('results.sort.none')}</option>
          {SORTS.flatMap((key) =>
            (['asc', 'desc'] as const).map((dir) => (
              <option key={`${key}:${dir}`} value={`${key}:${dir}`}>
                {t(`results.sort.${key}.${dir}`)}
              </option>
            )),
          )}
        </select>
      </label>
      <label class="filters__check">
        <input
          type="checkbox"
          data-testid="filter-has-photo"
          checked={filter.hasPhoto}
          onChange={(e) => set({ hasPhoto: e.currentTarget.checked })}
        />
        {t('results.filter.hasPhoto')}
      </label>
      <p class="filters__count" data-testid="results-count" aria-live="polite">
        {formatNumber(shown, lang)} {t('results.of')} {formatNumber(total, lang)}{' '}
        {t('job.listings')}
        {shown !== total ? (
          <button
            type="button"
            class="button button--small button--quiet"
            onClick={() => onFilter(NO_FILTER)}
          >
            {t('results.filter.clear')}
          </button>
        ) : null}
      </p>
    </search>
  );
}
