import { formatClock } from '@/lib/watch/format';
import { useLang } from '../i18n';
import { useAlertT } from './alert-env';
import { useAlertTargets } from './use-alert-targets';

/** Props of AlertStatus. */
export interface AlertStatusProps {
  watchId: string;
}

/**
 * A watch's delivery trouble in its status, while its «Send to phone» panel is closed: one line
 * per destination that failed («ارسال به تلگرام ناموفق بود؛ تلاش دوباره ساعت …») or is not allowed.
 */
export function AlertStatus({ watchId }: AlertStatusProps) {
  const t = useAlertT();
  const lang = useLang();
  const { targets } = useAlertTargets(watchId);
  const troubled = (targets ?? []).filter((target) => target.failure || !target.isAllowed);
  if (troubled.length === 0) return null;
  return (
    <>
      {troubled.map((target) => (
        <p
          key={target.id}
          class="alert__failed"
          data-testid="watch-alert-failed"
          data-kind={target.failure?.kind ?? 'alert-permission'}
        >
          {target.failure
            ? t('failed', {
                target: t(`to.${target.kind}`),
                time: formatClock(lang, target.failure.nextAttemptAt),
              })
            : t('notAllowed', { target: t(`to.${target.kind}`) })}
        </p>
      ))}
    </>
  );
}
