import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging/client';
import { isolate } from '@/lib/pishkhan/format';
import { sendWithBackoff } from '@/lib/pishkhan/page-api';
import type { BazaarStatus } from '@/lib/pishkhan/service';
import type { BazaarApp } from '@/lib/pishkhan/store';
import { BazaarError } from './BazaarError';
import { Confirm } from './Confirm';
import { useBazaarTask, usePishkhanEnv, usePishkhanT } from './pishkhan-env';
import { RateWait } from './RateWait';
import { SmallButton } from './SmallButton';
import { StatusCard } from './StatusCard';
import { Wizard } from './Wizard';

/** Props of AppCard. */
export interface AppCardProps {
  app: BazaarApp;
  onApps(apps: BazaarApp[]): void;
}

/** One Bazaar app: its token hint, test, removal, its status card and the release wizard. */
export function AppCard({ app, onApps }: AppCardProps) {
  const t = usePishkhanT();
  const env = usePishkhanEnv();
  const packageName = app.packageName;
  const test = useBazaarTask<{ lastPublishedCode: number | null }>();
  const status = useBazaarTask<BazaarStatus>();
  const [removing, setRemoving] = useState(false);
  const [wizard, setWizard] = useState(false);
  const readStatus = () =>
    status.run((hooks) =>
      sendWithBackoff<'pishkhanStatus'>(env, { type: 'pishkhanStatus', packageName }, hooks),
    );
  useEffect(() => void readStatus(), [packageName]);
  const runTest = () =>
    test.run((hooks) =>
      sendWithBackoff<'pishkhanTestToken'>(env, { type: 'pishkhanTestToken', packageName }, hooks),
    );
  const remove = async () =>
    onApps(
      await sendMessage<'pishkhanRemoveApp'>(env.send, {
        type: 'pishkhanRemoveApp',
        packageName,
        confirmed: true,
      }),
    );
  return (
    <article class="bazaar-app" data-testid="bazaar-app" data-package={packageName}>
      <div class="bazaar-app__head">
        <h3 class="bazaar-app__name" dir="ltr">
          {packageName}
        </h3>
        <span class="muted" data-testid="bazaar-token-hint">
          {t('app.tokenSet', { hint: isolate(app.tokenHint) })}
        </span>
      </div>
      <div class="actions">
        <SmallButton label={t('app.test')} onClick={runTest} testId="bazaar-test" />
        <SmallButton
          label={t('wizard.start')}
          onClick={() => setWizard(true)}
          testId="bazaar-new-release"
          disabled={wizard}
        />
        <SmallButton label={t('app.remove')} onClick={() => setRemoving(true)} quiet />
      </div>
      {removing ? (
        <Confirm
          text={t('app.removeConfirm', { name: isolate(packageName) })}
          yes={t('app.removeYes')}
          no={t('cancel')}
          onYes={remove}
          onNo={() => setRemoving(false)}
          testId="bazaar-remove"
        />
      ) : null}
      {test.wait ? <RateWait wait={test.wait} onStop={test.stop} /> : null}
      {test.task.status === 'done' ? (
        <p class="ok" data-testid="bazaar-token-ok">
          {test.task.data.lastPublishedCode === null
            ? t('app.tokenOk')
            : t('app.tokenOkCode', { code: test.task.data.lastPublishedCode })}
        </p>
      ) : null}
      {test.task.status === 'failed' ? <BazaarError error={test.task.error} /> : null}
      <StatusCard task={status.task} wait={status.wait} onStop={status.stop} onRead={readStatus} />
      {wizard ? (
        <Wizard
          packageName={packageName}
          onChanged={readStatus}
          onClose={() => {
            setWizard(false);
            void readStatus();
          }}
        />
      ) : null}
    </article>
  );
}
