import './pishkhan.css';
import { useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging/client';
import type { BazaarApp } from '@/lib/pishkhan/store';
import { AppCard } from './AppCard';
import { AppForm } from './AppForm';
import { BazaarError } from './BazaarError';
import { usePishkhanEnv, usePishkhanT } from './pishkhan-env';

type Panel = 'closed' | 'asking' | 'denied' | 'open';

/**
 * The options page's "Bazaar releases" section. Closed until the user opens it: that click asks
 * for the optional host permission (a user gesture), so people who never use it are never asked.
 */
export function BazaarSection() {
  const t = usePishkhanT();
  const env = usePishkhanEnv();
  const [panel, setPanel] = useState<Panel>('closed');
  const [apps, setApps] = useState<BazaarApp[] | undefined>();
  const open = () => {
    setPanel('asking');
    // Called straight from the click: permissions.request needs the user gesture.
    env.requestPermission().then(
      async (granted) => {
        setPanel(granted ? 'open' : 'denied');
        if (granted) setApps(await sendMessage<'pishkhanApps'>(env.send, { type: 'pishkhanApps' }));
      },
      () => setPanel('denied'),
    );
  };
  return (
    <section class="card options-section bazaar" data-testid="bazaar" data-panel={panel}>
      <h2 class="card__title">{t('title')}</h2>
      <p>{t('intro')}</p>
      {panel === 'closed' || panel === 'denied' ? (
        <div class="bazaar-open">
          <p class="muted">{t('permission')}</p>
          <button type="button" class="button" data-testid="bazaar-open" onClick={open}>
            {t('open')}
          </button>
        </div>
      ) : null}
      {panel === 'asking' ? <p class="muted">{t('asking')}</p> : null}
      {panel === 'denied' ? (
        <BazaarError error={{ kind: 'pishkhan-no-permission', message: '' }} />
      ) : null}
      {panel === 'open' ? (
        <>
          <p class="muted">{t('secrets')}</p>
          <AppForm onApps={setApps} />
          {apps?.length === 0 ? <p class="muted">{t('app.none')}</p> : null}
          {apps?.map((app) => (
            <AppCard key={app.packageName} app={app} onApps={setApps} />
          ))}
        </>
      ) : null}
    </section>
  );
}
