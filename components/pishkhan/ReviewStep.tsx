import { numberFromText } from '@/lib/divar/read/lenient';
import { type CommitForm, formProblems } from '@/lib/pishkhan/commit-form';
import { Confirm } from './Confirm';
import { usePishkhanT } from './pishkhan-env';
import { ReleaseView } from './ReleaseView';
import { SmallButton } from './SmallButton';
import type { StepProps } from './step-props';

type TextField = 'changelogFa' | 'changelogEn' | 'developerNote' | 'rollout';

/** The review screen: both changelogs, the note, rollout, auto-publish; commit only on confirm. */
export function ReviewStep({ state, driver, dispatch }: StepProps) {
  const t = usePishkhanT();
  const { form, step } = state;
  const problems = state.showProblems ? formProblems(form) : [];
  const edit = (change: Partial<CommitForm>) => dispatch({ type: 'edit', form: change });
  const field = (
    name: TextField,
    label: Parameters<typeof t>[0],
    multiline: boolean,
    dir: 'rtl' | 'ltr',
  ) => {
    const problem = problems.find((p) => p.field === name);
    const id = `bazaar-${state.packageName}-${name}`;
    const props = {
      id,
      class: 'input',
      dir,
      disabled: step !== 'review',
      value: form[name],
      'data-testid': `review-${name}`,
      'aria-invalid': problem ? true : undefined,
      onInput: (e: { currentTarget: { value: string } }) => edit({ [name]: e.currentTarget.value }),
    };
    return (
      <div class="bazaar-field">
        <label for={id}>{t(label)}</label>
        {multiline ? <textarea rows={3} {...props} /> : <input inputMode="numeric" {...props} />}
        {problem ? (
          <span class="bazaar-problem" data-testid={`review-problem-${name}`}>
            {t(`problem.${problem.field}.${problem.problem}` as Parameters<typeof t>[0])}
          </span>
        ) : null}
      </div>
    );
  };
  return (
    <div class="bazaar-step" data-testid="wizard-review">
      <h5 class="bazaar-subtitle">{t('review.title')}</h5>
      <ReleaseView label={t('wizard.inDraft')} release={state.draft} testId="review-draft" />
      <p class="muted">{t('review.additional')}</p>
      {field('changelogFa', 'review.changelogFa', true, 'rtl')}
      {field('changelogEn', 'review.changelogEn', true, 'ltr')}
      {field('developerNote', 'review.note', true, 'ltr')}
      {field('rollout', 'review.rollout', false, 'ltr')}
      <label class="bazaar-check">
        <input
          type="checkbox"
          data-testid="review-auto-publish"
          disabled={step !== 'review'}
          checked={form.autoPublish}
          onChange={(e) => edit({ autoPublish: e.currentTarget.checked })}
        />
        {t('review.auto')}
      </label>
      <p class="muted">{t('review.autoOn')}</p>
      <p class="muted">{t('review.autoOff')}</p>
      {step === 'review' ? (
        <div class="actions">
          <SmallButton
            label={t('review.send')}
            onClick={() => dispatch({ type: 'ask-commit' })}
            testId="review-send"
          />
          <SmallButton label={t('review.back')} onClick={() => dispatch({ type: 'back' })} quiet />
        </div>
      ) : null}
      {step === 'confirm-commit' ? (
        <Confirm
          text={t('review.confirm', {
            count: state.draft?.packages?.length ?? 0,
            percent: numberFromText(form.rollout) ?? 100,
            auto: t(form.autoPublish ? 'review.on' : 'review.off'),
          })}
          yes={t('review.confirmYes')}
          no={t('cancel')}
          onYes={() => void driver.commit()}
          onNo={() => dispatch({ type: 'cancel' })}
          testId="review-confirm"
        />
      ) : null}
      {step === 'committing' ? <p class="muted">{t('review.committing')}</p> : null}
    </div>
  );
}
