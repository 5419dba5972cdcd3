import { usePishkhanT } from './pishkhan-env';
import { ReleaseView } from './ReleaseView';
import type { StepProps } from './step-props';

/** The draft steps: an open draft to continue or discard (asked twice), none to create, giving up. */
export function DraftStep({ state, driver, dispatch, onClose }: StepProps & { onClose(): void }) {
  const t = usePishkhanT();
  const { step } = state;
  const button = (label: string, onClick: () => void, testId: string, quiet = false) => (
    <button
      type="button"
      class={`button button--small${quiet ? ' button--quiet' : ''}`}
      data-testid={testId}
      onClick={onClick}
    >
      {label}
    </button>
  );
  if (step === 'found-draft')
    return (
      <div class="bazaar-step" data-testid="wizard-found-draft">
        <p>{t('wizard.foundDraft', { count: state.draft?.packages?.length ?? 0 })}</p>
        <ReleaseView label={t('status.draft')} release={state.draft} testId="wizard-draft" />
        <div class="actions">
          {button(t('wizard.continue'), () => dispatch({ type: 'continue' }), 'wizard-continue')}
          {button(
            t('wizard.discard'),
            () => dispatch({ type: 'ask-discard' }),
            'wizard-discard',
            true,
          )}
        </div>
      </div>
    );
  if (step === 'confirm-discard' || step === 'offer-discard')
    return (
      <div class="notice notice--warn" role="alertdialog" data-testid="wizard-confirm-discard">
        <p class="notice__text">
          {t(step === 'offer-discard' ? 'wizard.offerDiscard' : 'wizard.discardConfirm')}
        </p>
        <div class="actions">
          {button(t('wizard.discardYes'), () => void driver.discard(), 'wizard-discard-yes')}
          {step === 'offer-discard'
            ? button(t('wizard.keepDraft'), onClose, 'wizard-keep', true)
            : button(
                t('cancel'),
                () => dispatch({ type: 'cancel' }),
                'wizard-discard-cancel',
                true,
              )}
        </div>
      </div>
    );
  if (step === 'discarding') return <p class="muted">{t('wizard.discarding')}</p>;
  if (step === 'creating') return <p class="muted">{t('wizard.creating')}</p>;
  if (step !== 'no-draft') return null;
  return (
    <div class="bazaar-step" data-testid="wizard-no-draft">
      <p>{t('wizard.noDraft')}</p>
      <div class="actions">
        {button(t('wizard.create'), () => void driver.create(), 'wizard-create')}
        {button(t('done.close'), onClose, 'wizard-close', true)}
      </div>
    </div>
  );
}
