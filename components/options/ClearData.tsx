import { useState } from 'preact/hooks';
import { type ErrorInfo, toErrorInfo } from '@/lib/errors';
import type { Revocation } from '@/lib/kenar/revoke';
import { type SendRaw, sendMessage } from '@/lib/messaging/client';
import { ErrorNotice } from '../ErrorNotice';
import { useT } from '../i18n';
import { RevocationNote } from '../kenar/RevocationNote';

/** "Clear all data": jobs, results, watches, settings and Kenar secrets, after a second yes. */
export function ClearData({ send }: { send: SendRaw }) {
  const t = useT();
  const [step, setStep] = useState<'idle' | 'asking' | 'done'>('idle');
  const [error, setError] = useState<ErrorInfo | undefined>();
  const [revocation, setRevocation] = useState<Revocation | undefined>();
  const clear = () =>
    sendMessage<'clearAllData'>(send, { type: 'clearAllData', confirmed: true }).then(
      (answer) => {
        setRevocation(answer.kenarRevocation);
        setStep('done');
      },
      (e) => setError(toErrorInfo(e)),
    );
  return (
    <section class="card" data-testid="clear-data">
      <h2 class="card__title">{t('clear.title')}</h2>
      <p class="muted">{t('clear.intro')}</p>
      {error ? <ErrorNotice kind={error.kind} detail={error.message} /> : null}
      {step === 'idle' ? (
        <button
          type="button"
          class="button"
          data-testid="clear-ask"
          onClick={() => setStep('asking')}
        >
          {t('clear.button')}
        </button>
      ) : null}
      {step === 'asking' ? (
        <div class="actions">
          <button type="button" class="button" data-testid="clear-confirm" onClick={clear}>
            {t('clear.confirm')}
          </button>
          <button type="button" class="button button--quiet" onClick={() => setStep('idle')}>
            {t('clear.cancel')}
          </button>
        </div>
      ) : null}
      {step === 'done' ? (
        <>
          <p class="ok" role="status" data-testid="clear-done">
            {t('clear.done')}
          </p>
          <RevocationNote revocation={revocation} />
        </>
      ) : null}
    </section>
  );
}
