import { bazaarDay, formatArchitectures, formatSize } from '@/lib/pishkhan/format';
import type { PishkhanRelease } from '@/lib/pishkhan/schemas';
import { useLang } from '../i18n';
import { usePishkhanT } from './pishkhan-env';

/** Props of ReleaseView. */
export interface ReleaseViewProps {
  label: string;
  release: PishkhanRelease | null;
  testId: string;
}

/** One release of the status card: packages (version, code, architecture, size), rollout, dates. */
export function ReleaseView({ label, release, testId }: ReleaseViewProps) {
  const t = usePishkhanT();
  const lang = useLang();
  const day = bazaarDay(release?.creation_date, lang);
  const packages = release?.packages ?? [];
  const sep = lang === 'fa' ? '، ' : '; ';
  const id = release?.id && /^\d+$/.test(release.id) ? Number(release.id) : release?.id;
  return (
    <div class="bazaar-release" data-testid={testId} data-exists={release !== null}>
      <h4 class="bazaar-release__label">{label}</h4>
      {release === null ? (
        <p class="muted">{t('status.none')}</p>
      ) : (
        <>
          {packages.length === 0 ? <p class="muted">{t('release.noPackages')}</p> : null}
          <ul class="bazaar-packages">
            {packages.map((p) => (
              <li key={`${p.version_code}-${p.sha1_hash}`} data-testid="bazaar-package">
                <strong dir="ltr">{p.version_name ?? ''}</strong>{' '}
                <span class="muted">
                  {t('package.line', {
                    code: p.version_code ?? '?',
                    arch: formatArchitectures(p.cpu_architectures, lang),
                    size: formatSize(p.apk_size, lang),
                  })}
                </span>
              </li>
            ))}
          </ul>
          <p class="muted">
            {release.staged_rollout_percentage === undefined
              ? null
              : t('release.rollout', { percent: release.staged_rollout_percentage })}
            {release.auto_publish === undefined ? null : (
              <>
                {sep}
                {t(release.auto_publish ? 'release.autoOn' : 'release.autoOff')}
              </>
            )}
          </p>
          {day ? <p class="muted">{t('release.created', day)}</p> : null}
          {id !== undefined ? (
            <p class="muted">
              {t('release.id', { id })}
              {release.release_state
                ? `${sep}${t('release.state', { state: release.release_state })}`
                : ''}
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
