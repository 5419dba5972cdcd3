import { useEffect, useState } from 'preact/hooks';
import { directionOf, type Lang, translate } from '@/lib/i18n';
import type { CopySource } from '@/lib/kenar/new-post-link';
import type { KenarStatus } from '@/lib/kenar/protocol';
import type { SendRaw } from '@/lib/messaging/client';
import type { SyncStorage } from '@/lib/settings/politeness';
import { HistorySettings } from '../history/HistorySettings';
import { LangContext } from '../i18n';
import { useKenarSend, useKenarT } from '../kenar/kenar-env';
import { BazaarSection } from '../pishkhan/BazaarSection';
import { type PishkhanEnv, PishkhanEnvContext } from '../pishkhan/pishkhan-env';
import '../kenar/kenar.css';
import { PortalSettings } from '../portals/PortalSettings';
import { AppSettings } from './AppSettings';
import { ClearData } from './ClearData';
import { ConnectionSettings } from './ConnectionSettings';
import { ExportDefaults } from './ExportDefaults';
import { KenarPosts } from './KenarPosts';
import { KeySettings } from './KeySettings';
import { PolitenessSettings } from './PolitenessSettings';
import { UserIdByPhone } from './UserIdByPhone';

/** What the options page is given by its entrypoint. */
export interface OptionsAppProps {
  initialLang: Lang;
  saveLang(lang: Lang): void;
  /** Where the politeness settings are kept (WXT storage). */
  settings: SyncStorage;
  /** Messages to the background. */
  send: SendRaw;
  /** Bazaar (Pishkhan) releases: the page's calls and the optional host permission. */
  bazaar: PishkhanEnv;
  /** What the page's address asks for: a new listing, or a copy of a post (from the popup). */
  newPost?: { open: boolean; copy?: CopySource };
}

function KenarOptions({ newPost }: { newPost: { open: boolean; copy?: CopySource } }) {
  const t = useKenarT();
  const send = useKenarSend();
  const [status, setStatus] = useState<KenarStatus | undefined>();
  useEffect(() => {
    send<'kenarStatus'>({ type: 'kenarStatus' }).then(setStatus, () => undefined);
  }, []);
  if (!status) return <p class="muted">{t('loading')}</p>;
  return (
    <>
      <h3 class="card__title">{t('title')}</h3>
      <p>{t('options.intro')}</p>
      <p class="muted">{t('options.secrets')}</p>
      <KeySettings status={status} onStatus={setStatus} />
      <AppSettings status={status} onStatus={setStatus} />
      <ConnectionSettings status={status} onStatus={setStatus} />
      <UserIdByPhone />
      <KenarPosts status={status} initial={newPost} />
    </>
  );
}

/** The options page: the Kenar app's credentials, the connection, the quota, developer tools, "My posts" and Bazaar releases. */
export function OptionsApp({
  initialLang,
  saveLang,
  settings,
  send,
  bazaar,
  newPost = { open: false },
}: OptionsAppProps) {
  const [lang, setLang] = useState(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = directionOf(lang);
  }, [lang]);
  const toggle = () => {
    const next = lang === 'fa' ? 'en' : 'fa';
    setLang(next);
    saveLang(next);
  };
  return (
    <LangContext.Provider value={lang}>
      <header class="header">
        <img class="header__icon" src="/icons/32.png" alt="" width={24} height={24} />
        <OptionsTitle />
        <button
          type="button"
          class="button button--ghost"
          data-testid="lang-toggle"
          onClick={toggle}
        >
          {lang === 'fa' ? 'English' : 'فارسی'}
        </button>
      </header>
      <main class="main" data-testid="options">
        <PolitenessSettings storage={settings} />
        <ExportDefaults storage={settings} />
        <HistorySettings send={send} />
        <section class="card dev" data-testid="dev-options">
          <h2 class="card__title">{translate(lang, 'dev.title')}</h2>
          <KenarOptions newPost={newPost} />
        </section>
        <PishkhanEnvContext.Provider value={bazaar}>
          <BazaarSection />
        </PishkhanEnvContext.Provider>
        <PortalSettings />
        <ClearData send={send} />
      </main>
    </LangContext.Provider>
  );
}

function OptionsTitle() {
  return <h1 class="header__title">{useKenarT()('options.title')}</h1>;
}
