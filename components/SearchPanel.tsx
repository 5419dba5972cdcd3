import { useState } from 'preact/hooks';
import { type CopyFormat, formatSearch } from '@/lib/divar/copy-as';
import type { SearchInfo } from '@/lib/divar/search-info';
import type { ErrorKind } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n';
import { CopyButton } from './CopyButton';
import { useT } from './i18n';
import { CrossCheckNotice, SearchNotes } from './SearchChecks';
import { TechDetail } from './TechDetail';

/** Props of SearchPanel. */
export interface SearchPanelProps {
  search: SearchInfo;
  onError(kind: ErrorKind): void;
}

const FORMATS: [CopyFormat, MessageKey][] = [
  ['json', 'search.copyJson'],
  ['curl', 'search.copyCurl'],
  ['fetch', 'search.copyFetch'],
];

/** The web API request a search page stands for: checks, notes, copy buttons and the body. */
export function SearchPanel({ search, onError }: SearchPanelProps) {
  const t = useT();
  const [isBodyOpen, setBodyOpen] = useState(false);
  if (!search.ok) {
    return (
      <section class="card" data-testid="search-errors">
        <p>{t('search.cannotSend')}</p>
        <ul>
          {search.errors.map((error) => (
            <li key={`${error.kind}-${error.param ?? ''}`} data-kind={error.kind}>
              {t(`search.error.${error.kind}`)}{' '}
              {error.param ? <code dir="ltr">{error.param}</code> : null}{' '}
              {error.value ? <code dir="ltr">{error.value}</code> : null}
              <TechDetail detail={error.message} />
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section data-testid="search-panel">
      <h3 class="card__title">{t('search.request')}</h3>
      <p class="muted" data-testid="search-slugs">
        {t('search.inLink')}:{' '}
        <code dir="ltr" lang="en">
          {[search.query.citySlug, search.query.category?.path, ...search.query.subPath]
            .filter(Boolean)
            .join('/')}
        </code>
      </p>
      <CrossCheckNotice check={search.crossCheck} missing={search.stateMissing} />
      <SearchNotes notes={search.query.notes} />
      <div class="actions">
        {FORMATS.map(([format, label]) => (
          <CopyButton
            key={format}
            text={formatSearch(format, search.body)}
            label={t(label)}
            testId={`copy-${format}`}
            onError={onError}
          />
        ))}
      </div>
      <details open={isBodyOpen} onToggle={(e) => setBodyOpen(e.currentTarget.open)}>
        <summary>{t('search.showBody')}</summary>
        <pre dir="ltr" class="body" data-testid="search-body">
          {isBodyOpen ? formatSearch('json', search.body) : ''}
        </pre>
      </details>
    </section>
  );
}
