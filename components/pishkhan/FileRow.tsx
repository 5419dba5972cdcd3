import { formatSize } from '@/lib/pishkhan/format';
import { ARCHITECTURES } from '@/lib/pishkhan/schemas';
import { codeOf, type FileItem } from '@/lib/pishkhan/wizard/items';
import { useLang } from '../i18n';
import { BazaarError } from './BazaarError';
import { usePishkhanT } from './pishkhan-env';
import { SmallButton } from './SmallButton';
import type { StepProps } from './step-props';

/** One chosen APK: what was read from it, its architecture, its checks, its upload and progress. */
export function FileRow({ item, state, driver, dispatch }: StepProps & { item: FileItem }) {
  const t = usePishkhanT();
  const lang = useLang();
  const code = codeOf(item);
  const editable =
    ['ready', 'needs-code', 'failed', 'refused'].includes(item.status) &&
    !item.error?.kind.endsWith('not-apk');
  const percent =
    item.progress && item.progress.total > 0
      ? Math.round((item.progress.sent / item.progress.total) * 100)
      : 0;
  const problem =
    item.problem &&
    {
      'version-too-low': t('problem.version-too-low', {
        code: code ?? 0,
        last: state.lastPublishedCode ?? 0,
      }),
      'other-package': t('problem.other-package', { pkg: item.info?.packageName ?? '' }),
      'duplicate-code': t('problem.duplicate-code', { code: code ?? 0 }),
    }[item.problem];
  return (
    <li
      class="bazaar-file"
      data-testid="wizard-file"
      data-status={item.status}
      data-name={item.name}
    >
      <div class="bazaar-file__head">
        <strong dir="ltr">{item.name}</strong>{' '}
        <span class="muted">{formatSize(item.size, lang)}</span>
      </div>
      {item.status === 'reading' ? <p class="muted">{t('file.reading')}</p> : null}
      {item.info && code !== undefined ? (
        <p class="muted">{t('file.read', { name: item.info.versionName ?? '?', code })}</p>
      ) : null}
      {item.info && item.info.unread.length > 0 ? (
        <p class="muted" data-testid="wizard-file-unread">
          {t('file.unread', {
            fields: item.info.unread.map((u) => `${u.field} (${u.why})`).join('، '),
          })}
        </p>
      ) : null}
      {item.status === 'needs-code' || item.typedCode !== undefined ? (
        <input
          class="input input--short"
          dir="ltr"
          inputMode="numeric"
          aria-label={t('file.typeCode')}
          placeholder={t('file.typeCode')}
          data-testid="wizard-file-code"
          value={item.typedCode ?? ''}
          onInput={(e) => dispatch({ type: 'set-code', id: item.id, code: e.currentTarget.value })}
        />
      ) : null}
      <label class="bazaar-file__arch">
        {t('file.architecture')}{' '}
        <select
          class="input input--short"
          dir="ltr"
          data-testid="wizard-file-arch"
          disabled={!editable}
          value={item.architecture}
          onChange={(e) =>
            dispatch({
              type: 'set-arch',
              id: item.id,
              architecture: e.currentTarget.value as FileItem['architecture'],
            })
          }
        >
          {ARCHITECTURES.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      {problem ? (
        <p class="bazaar-problem" data-testid="wizard-file-problem">
          {problem}
        </p>
      ) : null}
      {item.status === 'uploading' ? (
        <div class="bazaar-progress" data-testid="wizard-file-progress">
          <progress max={100} value={percent} />
          <span class="muted">
            {percent >= 100 ? t('file.waiting') : t('file.uploading', { percent })}
          </span>
        </div>
      ) : null}
      {item.status === 'verifying' ? <p class="muted">{t('file.verifying')}</p> : null}
      {item.status === 'uploaded' ? <p class="ok">{t('file.uploaded')}</p> : null}
      {item.status === 'failed' ? (
        <p class="bazaar-problem">{t(item.compared ? 'file.failed' : 'file.unverified')}</p>
      ) : null}
      {item.status === 'mismatch' ? (
        <p class="bazaar-problem" data-testid="wizard-file-mismatch">
          {t('file.mismatch')}
        </p>
      ) : null}
      {item.error && item.status !== 'uploaded' ? <BazaarError error={item.error} /> : null}
      <div class="actions">
        {item.status === 'ready' || item.status === 'failed' ? (
          <SmallButton
            label={t(item.status === 'failed' ? 'file.retry' : 'file.upload')}
            onClick={() => void driver.upload(item.id)}
            testId="wizard-file-upload"
          />
        ) : null}
        {item.status !== 'uploading' &&
        item.status !== 'verifying' &&
        item.status !== 'uploaded' ? (
          <SmallButton
            label={t('file.remove')}
            onClick={() => dispatch({ type: 'remove-file', id: item.id })}
            quiet
          />
        ) : null}
      </div>
    </li>
  );
}
