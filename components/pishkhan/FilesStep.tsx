import { canReview } from '@/lib/pishkhan/wizard/state';
import { FileRow } from './FileRow';
import { usePishkhanT } from './pishkhan-env';
import { ReleaseView } from './ReleaseView';
import { SmallButton } from './SmallButton';
import type { StepProps } from './step-props';

/** The packages step: the draft's packages, the chosen APKs with their checks, upload, next. */
export function FilesStep(props: StepProps) {
  const t = usePishkhanT();
  const { state, driver, dispatch } = props;
  const busy = state.items.some(
    (item) => item.status === 'uploading' || item.status === 'verifying',
  );
  const ready = state.items.some((item) => item.status === 'ready');
  const onFiles = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])].map((file) => ({ blob: file, name: file.name }));
    input.value = '';
    void driver.addFiles(files);
  };
  return (
    <div class="bazaar-step" data-testid="wizard-files">
      <p class="muted" data-testid="wizard-last-published">
        {state.lastPublishedCode === null
          ? t('wizard.noPublished')
          : t('wizard.lastPublished', { code: state.lastPublishedCode })}
      </p>
      <ReleaseView label={t('wizard.inDraft')} release={state.draft} testId="wizard-draft" />
      <label class="button button--small bazaar-choose">
        {t('wizard.choose')}
        <input
          type="file"
          multiple
          accept=".apk,application/vnd.android.package-archive"
          data-testid="wizard-choose"
          onChange={(e) => onFiles(e.currentTarget)}
        />
      </label>
      <ul class="bazaar-files">
        {state.items.map((item) => (
          <FileRow key={item.id} item={item} {...props} />
        ))}
      </ul>
      <div class="actions">
        {ready ? (
          <SmallButton
            label={t('file.uploadAll')}
            onClick={() => void driver.uploadAll()}
            testId="wizard-upload-all"
            disabled={busy}
          />
        ) : null}
        <SmallButton
          label={t('wizard.toReview')}
          onClick={() => dispatch({ type: 'review' })}
          testId="wizard-to-review"
          disabled={busy || !canReview(state)}
        />
        <SmallButton
          label={t('wizard.giveUp')}
          onClick={() => dispatch({ type: 'give-up' })}
          testId="wizard-give-up"
          disabled={busy}
          quiet
        />
      </div>
    </div>
  );
}
