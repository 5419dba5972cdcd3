import { Confirm } from './Confirm';
import { usePishkhanT } from './pishkhan-env';
import { ReleaseView } from './ReleaseView';
import { SmallButton } from './SmallButton';
import type { StepProps } from './step-props';

/** The draft steps: an open draft to continue or discard (asked twice), none to create, giving up. */
export function DraftStep({ state, driver, dispatch, onClose }: StepProps & { onClose(): void }) {
  const t = usePishkhanT();
  const { step } = state;
  if (step === 'found-draft')
    return (
      <div class="bazaar-step" data-testid="wizard-found-draft">
        <p>{t('wizard.foundDraft', { count: state.draft?.packages?.length ?? 0 })}</p>
        <ReleaseView label={t('status.draft')} release={state.draft} testId="wizard-draft" />
        <div class="actions">
          <SmallButton
            label={t('wizard.continue')}
            onClick={() => dispatch({ type: 'continue' })}
            testId="wizard-continue"
          />
          <SmallButton
            label={t('wizard.discard')}
            onClick={() => dispatch({ type: 'ask-discard' })}
            testId="wizard-discard"
            quiet
          />
        </div>
      </div>
    );
  if (step === 'confirm-discard' || step === 'offer-discard') {
    const offered = step === 'offer-discard';
    return (
      <Confirm
        text={t(offered ? 'wizard.offerDiscard' : 'wizard.discardConfirm')}
        yes={t('wizard.discardYes')}
        no={t(offered ? 'wizard.keepDraft' : 'cancel')}
        onYes={() => void driver.discard()}
        onNo={offered ? onClose : () => dispatch({ type: 'cancel' })}
        testId="wizard-confirm-discard"
      />
    );
  }
  if (step === 'discarding') return <p class="muted">{t('wizard.discarding')}</p>;
  if (step === 'creating') return <p class="muted">{t('wizard.creating')}</p>;
  if (step !== 'no-draft') return null;
  return (
    <div class="bazaar-step" data-testid="wizard-no-draft">
      <p>{t('wizard.noDraft')}</p>
      <div class="actions">
        <SmallButton
          label={t('wizard.create')}
          onClick={() => void driver.create()}
          testId="wizard-create"
        />
        <SmallButton label={t('done.close')} onClick={onClose} testId="wizard-close" quiet />
      </div>
    </div>
  );
}
