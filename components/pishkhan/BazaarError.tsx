import type { ErrorInfo } from '@/lib/errors';
import { isolate } from '@/lib/pishkhan/format';
import { ErrorNotice } from '../ErrorNotice';
import { usePishkhanT } from './pishkhan-env';

// Kinds whose message is Bazaar's own words (shown as such, not as a technical detail).
const BAZAAR_WORDS = new Set([
  'pishkhan-forbidden',
  'pishkhan-no-draft',
  'pishkhan-draft-exists',
  'pishkhan-bad-request',
  'pishkhan-rate-limit',
]);

/** A Bazaar failure in words, with Bazaar's own message when it gave one. */
export function BazaarError({ error }: { error: ErrorInfo }) {
  const t = usePishkhanT();
  const said = BAZAAR_WORDS.has(error.kind) && error.message;
  return (
    <div class="bazaar-error" data-testid="bazaar-error" data-kind={error.kind}>
      <ErrorNotice kind={error.kind} detail={said ? undefined : error.message || undefined} />
      {said ? (
        <p class="muted" dir="auto" data-testid="bazaar-said">
          {t('bazaarSaid', { message: isolate(error.message) })}
        </p>
      ) : null}
    </div>
  );
}
