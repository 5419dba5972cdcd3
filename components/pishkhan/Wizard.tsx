import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AppError } from '@/lib/errors';
import { formatNumber } from '@/lib/i18n/format';
import { isolate } from '@/lib/pishkhan/format';
import { createWizardApi, type WaitHooks } from '@/lib/pishkhan/page-api';
import { createWizardDriver } from '@/lib/pishkhan/wizard/driver';
import {
  type Step,
  startState,
  type WizardEvent,
  wizardReducer,
} from '@/lib/pishkhan/wizard/state';
import { useLang } from '../i18n';
import { BazaarError } from './BazaarError';
import { DoneStep } from './DoneStep';
import { DraftStep } from './DraftStep';
import { FilesStep } from './FilesStep';
import { type ShownWait, usePishkhanEnv, usePishkhanT } from './pishkhan-env';
import { RateWait } from './RateWait';
import { ReviewStep } from './ReviewStep';
import { SmallButton } from './SmallButton';

/** Props of Wizard. */
export interface WizardProps {
  packageName: string;
  /** Bazaar's state changed (draft made or deleted, release committed): read the status again. */
  onChanged(): void;
  onClose(): void;
}

// Steps reached when Bazaar's state changed, by the step they came from.
const changed = (from: Step, to: Step) =>
  (from === 'creating' && to === 'files') ||
  (from === 'discarding' && to === 'no-draft') ||
  to === 'done';

/** The release wizard of one app: the reducer's state, the driver's actions, one step shown. */
export function Wizard({ packageName, onChanged, onClose }: WizardProps) {
  const t = usePishkhanT();
  const env = usePishkhanEnv();
  const lang = useLang();
  // Bazaar's default rollout (100), written in the UI language's digits.
  const start = startState(packageName);
  const store = useRef({ ...start, form: { ...start.form, rollout: formatNumber(lang, 100) } });
  const [state, setState] = useState(store.current);
  const [wait, setWait] = useState<ShownWait | undefined>();
  const hooks = useRef<WaitHooks>({}).current;
  const waiting = useRef(new AbortController());
  const dispatch = (event: WizardEvent) => {
    const before = store.current.step;
    store.current = wizardReducer(store.current, event);
    setWait(undefined);
    setState(store.current);
    if (store.current.step === 'closed') onClose();
    else if (changed(before, store.current.step)) onChanged();
  };
  const driver = useMemo(() => {
    hooks.onWait = (w) => setWait({ ...w, until: env.clock.now() + w.ms });
    hooks.signal = waiting.current.signal;
    return createWizardDriver(
      createWizardApi(env, packageName, hooks),
      () => store.current,
      dispatch,
    );
  }, [packageName]);
  useEffect(() => void driver.check(), [driver]);
  // An untouched default rollout follows the UI language's digits.
  useEffect(() => {
    const untouched = ['100', '۱۰۰'].includes(store.current.form.rollout);
    if (untouched) dispatch({ type: 'edit', form: { rollout: formatNumber(lang, 100) } });
  }, [lang]);
  // "Stop waiting": the wait in progress ends with Bazaar's 429; later calls get a fresh signal.
  const stop = () => {
    waiting.current.abort(
      new AppError('pishkhan-rate-limit', wait?.message ?? 'Too many requests'),
    );
    waiting.current = new AbortController();
    hooks.signal = waiting.current.signal;
  };
  const { step } = state;
  const steps = { state, driver, dispatch };
  return (
    <section class="bazaar-wizard" data-testid="wizard" data-step={step}>
      <h4 class="bazaar-subtitle">{t('wizard.title', { name: isolate(packageName) })}</h4>
      {step === 'checking' ? <p class="muted">{t('wizard.checking')}</p> : null}
      {wait ? <RateWait wait={wait} onStop={stop} /> : null}
      {state.error ? <BazaarError error={state.error} /> : null}
      {step === 'check-failed' ? (
        <SmallButton label={t('wizard.retry')} onClick={() => void driver.check()} />
      ) : null}
      <DraftStep {...steps} onClose={onClose} />
      {step === 'files' ? <FilesStep {...steps} /> : null}
      {['review', 'confirm-commit', 'committing'].includes(step) ? <ReviewStep {...steps} /> : null}
      {step === 'done' ? <DoneStep state={state} onClose={onClose} /> : null}
    </section>
  );
}
