import { useState } from 'preact/hooks';
import { classifyDivarUrl } from '@/lib/divar/page-kind';
import { describeSearch } from '@/lib/divar/search-info';
import type { ErrorKind } from '@/lib/errors';
import { ErrorNotice } from './ErrorNotice';
import { useT } from './i18n';
import { PageSummary } from './PageSummary';
import { SearchPanel } from './SearchPanel';

/** Props of UrlInspector. */
export interface UrlInspectorProps {
  onError(kind: ErrorKind): void;
}

/** A field where a divar.ir URL can be pasted; says what the URL is, or why it is not one. */
export function UrlInspector({ onError }: UrlInspectorProps) {
  const t = useT();
  const [value, setValue] = useState('');
  const trimmed = value.trim();
  const page = trimmed ? classifyDivarUrl(trimmed) : undefined;
  const isUseful = page !== undefined && page.kind !== 'other';
  return (
    <section class="card">
      <label class="label" for="url-input">
        {t('paste.label')}
      </label>
      <input
        id="url-input"
        class="input"
        dir="ltr"
        type="url"
        autoComplete="off"
        spellcheck={false}
        placeholder={t('paste.placeholder')}
        data-testid="url-input"
        value={value}
        onInput={(event) => setValue(event.currentTarget.value)}
      />
      {trimmed === '' ? <p class="muted">{t('paste.hint')}</p> : null}
      <div data-testid="url-result" data-state={trimmed === '' ? 'empty' : isUseful ? 'ok' : 'bad'}>
        {trimmed !== '' && isUseful ? <PageSummary page={page} onError={onError} /> : null}
        {page?.kind === 'search' ? (
          <SearchPanel search={describeSearch(page.url, undefined)} onError={onError} />
        ) : null}
        {trimmed !== '' && !isUseful ? <ErrorNotice kind="not-divar-url" /> : null}
      </div>
    </section>
  );
}
