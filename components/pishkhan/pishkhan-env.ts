import { createContext } from 'preact';
import { useContext, useRef, useState } from 'preact/hooks';
import { AppError, type ErrorInfo, toErrorInfo } from '@/lib/errors';
import type { RateLimitWait } from '@/lib/pishkhan/backoff';
import { type PishkhanTextKey, pishkhanText } from '@/lib/pishkhan/i18n';
import type { PageDeps, WaitHooks } from '@/lib/pishkhan/page-api';
import { useLang } from '../i18n';

/** What the Bazaar components reach the browser through (the options page passes the real one). */
export interface PishkhanEnv extends PageDeps {
  /** Whether the optional host permission is granted. */
  hasPermission(): Promise<boolean>;
  /** Asks for it; must be called straight from a click (a user gesture). */
  requestPermission(): Promise<boolean>;
}

/** The Bazaar environment; set by the options page. */
export const PishkhanEnvContext = createContext<PishkhanEnv | undefined>(undefined);

/** The surrounding Bazaar environment. */
export function usePishkhanEnv(): PishkhanEnv {
  const env = useContext(PishkhanEnvContext);
  if (!env) throw new Error('usePishkhanEnv outside PishkhanEnvContext');
  return env;
}

/** Returns `t(key, values)` for the Bazaar words in the current language. */
export function usePishkhanT() {
  const lang = useLang();
  return (key: PishkhanTextKey, values?: Record<string, string | number>) =>
    pishkhanText(lang, key, values);
}

/** A wait for Bazaar, as shown: the wait and when it ends. */
export type ShownWait = RateLimitWait & { until: number };

/** The state of one Bazaar call a component makes. */
export type BazaarTask<T> =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'done'; data: T }
  | { status: 'failed'; error: ErrorInfo };

/** A Bazaar call with its task state, the 429 wait in progress and a way to stop waiting. */
export function useBazaarTask<T>() {
  const env = usePishkhanEnv();
  const [task, setTask] = useState<BazaarTask<T>>({ status: 'idle' });
  const [wait, setWait] = useState<ShownWait | undefined>();
  const stopper = useRef<AbortController | undefined>(undefined);
  /** Runs `work` with the hooks it passes to sendWithBackoff; errors become the task's state. */
  const run = async (work: (hooks: WaitHooks) => Promise<T>) => {
    const controller = new AbortController();
    stopper.current = controller;
    setTask({ status: 'busy' });
    try {
      const onWait = (w: RateLimitWait) => setWait({ ...w, until: env.clock.now() + w.ms });
      setTask({ status: 'done', data: await work({ onWait, signal: controller.signal }) });
    } catch (error) {
      setTask({ status: 'failed', error: toErrorInfo(error) });
    } finally {
      setWait(undefined);
    }
  };
  const stop = () =>
    stopper.current?.abort(
      new AppError('pishkhan-rate-limit', wait?.message ?? 'Too many requests'),
    );
  return { task, run, wait, stop, reset: () => setTask({ status: 'idle' }) };
}
