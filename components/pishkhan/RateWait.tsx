import { useEffect, useState } from 'preact/hooks';
import { isolate } from '@/lib/pishkhan/format';
import { type ShownWait, usePishkhanEnv, usePishkhanT } from './pishkhan-env';
import { SmallButton } from './SmallButton';

/** Props of RateWait. */
export interface RateWaitProps {
  wait: ShownWait;
  onStop(): void;
}

/** A 429 being waited out: Bazaar's words, the seconds left (counting down) and a stop button. */
export function RateWait({ wait, onStop }: RateWaitProps) {
  const t = usePishkhanT();
  const { clock } = usePishkhanEnv();
  const left = () => Math.max(0, Math.ceil((wait.until - clock.now()) / 1000));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    setSeconds(left());
    const timer = setInterval(() => setSeconds(left()), 250);
    return () => clearInterval(timer);
  }, [wait]);
  return (
    <div class="notice notice--warn bazaar-wait" role="status" data-testid="bazaar-wait">
      <p class="notice__text">
        {t('wait.text', {
          message: isolate(wait.message),
          seconds,
          retry: wait.retry,
          retries: wait.retries,
        })}
      </p>
      <SmallButton label={t('wait.stop')} onClick={onStop} quiet />
    </div>
  );
}
