import { useState } from 'preact/hooks';
import { classifyDivarUrl } from '@/lib/divar/page-kind';
import { extractPostTokens } from '@/lib/divar/post-tokens';
import { describeSearch } from '@/lib/divar/search-info';
import type { ErrorKind } from '@/lib/errors';
import { ErrorNotice } from './ErrorNotice';
import { useT } from './i18n';
import { PageSummary } from './PageSummary';
import { SearchPanel } from './SearchPanel';
import { TokenList } from './TokenList';

/** Props of UrlInspector. */
export interface UrlInspectorProps {
  onError(kind: ErrorKind): void;
}

/** A field for a divar.ir URL or a list of post links: says what it is, or why it is not one. */
export function UrlInspector({ onError }: UrlInspectorProps) {
  const t = useT();
  const [value, setValue] = useState('');
  const trimmed = value.trim();
  const page = trimmed ? classifyDivarUrl(trimmed) : undefined;
  const isPage = page !== undefined && page.kind !== 'other';
  // Not one URL, but text or a list with post links in it: offer to fetch them all.
  const tokens = trimmed && !isPage ? extractPostTokens(trimmed) : [];
  const isUseful = isPage || tokens.length > 0;
  const isBad = trimmed !== '' && !isUseful;
  return (
    <section class="card">
      <label class="label" for="url-input">
        {t('paste.label')}
      </label>
      <textarea
        id="url-input"
        class="input"
        dir="ltr"
        rows={2}
        autoComplete="off"
        spellcheck={false}
        placeholder={t('paste.placeholder')}
        data-testid="url-input"
        aria-invalid={isBad}
        aria-describedby={isBad ? 'url-error' : undefined}
        value={value}
        onInput={(event) => setValue(event.currentTarget.value)}
      />
      {trimmed === '' ? <p class="muted">{t('paste.hint')}</p> : null}
      <div
        data-testid="url-result"
        data-state={trimmed === '' ? 'empty' : isUseful ? 'ok' : 'bad'}
        aria-live="polite"
      >
        {trimmed !== '' && isPage ? <PageSummary page={page} onError={onError} /> : null}
        {tokens.length > 0 ? <TokenList tokens={tokens} onError={onError} /> : null}
        {page?.kind === 'search' ? (
          <SearchPanel search={describeSearch(page.url, undefined)} onError={onError} />
        ) : null}
        {isBad ? <ErrorNotice kind="not-divar-url" id="url-error" /> : null}
      </div>
    </section>
  );
}
