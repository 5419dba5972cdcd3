import type { ErrorKind } from '@/lib/errors';
import { formatNumber } from '@/lib/i18n/format';
import { useLang, useT } from './i18n';
import { useOpenPosts } from './use-open-posts';

/** Props of TokenList. */
export interface TokenListProps {
  tokens: string[];
  onError(kind: ErrorKind): void;
}

/** For pasted text with several post links: how many, and a button to fetch their details. */
export function TokenList({ tokens, onError }: TokenListProps) {
  const t = useT();
  const lang = useLang();
  const openPosts = useOpenPosts();
  const start = () =>
    openPosts(tokens).catch((e: { kind?: ErrorKind }) => onError(e.kind ?? 'internal'));
  return (
    <div class="card" data-testid="token-list" data-count={tokens.length}>
      <p>
        {formatNumber(lang, tokens.length)} {t('paste.links')}
      </p>
      <p class="muted" dir="ltr">
        {tokens.slice(0, 8).join(', ')}
        {tokens.length > 8 ? ' …' : ''}
      </p>
      <button type="button" class="button" data-testid="fetch-token-details" onClick={start}>
        {t('paste.fetchDetails')}
      </button>
    </div>
  );
}
