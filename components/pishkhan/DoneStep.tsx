import { isolate } from '@/lib/pishkhan/format';
import type { WizardState } from '@/lib/pishkhan/wizard/state';
import { usePishkhanT } from './pishkhan-env';
import { ReleaseView } from './ReleaseView';
import { SmallButton } from './SmallButton';

/** The finished release: Bazaar's own answer and the release it returned. */
export function DoneStep({ state, onClose }: { state: WizardState; onClose(): void }) {
  const t = usePishkhanT();
  const result = state.result;
  return (
    <div class="bazaar-step" data-testid="wizard-done">
      <p class="ok" role="status">
        {t('done.title')}
      </p>
      {result?.message ? (
        <p dir="auto" data-testid="wizard-bazaar-answer">
          {t('bazaarSaid', { message: isolate(result.message) })}
        </p>
      ) : null}
      {result ? (
        <ReleaseView
          label={t('status.committed')}
          release={result.release}
          testId="wizard-result"
        />
      ) : null}
      <SmallButton label={t('done.close')} onClick={onClose} />
    </div>
  );
}
