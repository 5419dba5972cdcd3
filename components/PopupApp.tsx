import { useEffect, useState } from 'preact/hooks';
import { type ErrorInfo, type ErrorKind, toErrorInfo } from '@/lib/errors';
import { directionOf, type Lang, translate } from '@/lib/i18n';
import type { CurrentTab } from '@/lib/popup/current-tab';
import { ErrorNotice } from './ErrorNotice';
import { LangContext, useT } from './i18n';
import { lazy } from './Lazy';

// Only the header and "Loading" are in the first paint; every panel's code loads while the
// background answers about the tab (started on mount, so panels rarely wait).
const TabView = lazy(async () => (await import('./TabView')).TabView);
const UrlInspector = lazy(async () => (await import('./UrlInspector')).UrlInspector);
const none = () => null;
const WatchSection = lazy(async () => (await import('./watch/WatchSection')).WatchSection, none);
const KenarSection = lazy(async () => (await import('./kenar/KenarSection')).KenarSection, none);
const CollectionCard = lazy(async () => (await import('./CollectionCard')).CollectionCard, none);
const JobsList = lazy(async () => (await import('./JobsList')).JobsList, none);
const PANELS = [TabView, WatchSection, KenarSection, CollectionCard, JobsList];

/** What the popup is given by its entrypoint. */
export interface PopupAppProps {
  initialLang: Lang;
  loadTab(): Promise<CurrentTab>;
  saveLang(lang: Lang): void;
}

type TabState = { status: 'loading' } | { status: 'ready'; tab: CurrentTab } | { status: 'failed' };

function Header({ lang, onToggle }: { lang: Lang; onToggle(): void }) {
  const t = useT();
  return (
    <header class="header">
      <img class="header__icon" src="/icons/32.png" alt="" width={24} height={24} />
      <h1 class="header__title">{t('appName')}</h1>
      <button
        type="button"
        class="button button--ghost"
        data-testid="lang-toggle"
        lang={lang === 'fa' ? 'en' : 'fa'}
        onClick={onToggle}
      >
        {t('language')}
      </button>
    </header>
  );
}

/** The toolbar popup: what the current tab is, and a place to paste a divar.ir URL. */
export function PopupApp({ initialLang, loadTab, saveLang }: PopupAppProps) {
  const [lang, setLang] = useState(initialLang);
  const [state, setState] = useState<TabState>({ status: 'loading' });
  const [error, setError] = useState<ErrorInfo | undefined>();
  useEffect(() => {
    for (const panel of PANELS) void panel.preload().catch(() => undefined);
    loadTab().then(
      (tab) => {
        setState({ status: 'ready', tab });
        if (tab.lastError) setError(tab.lastError);
      },
      (failure: unknown) => {
        setState({ status: 'failed' });
        setError(toErrorInfo(failure));
      },
    );
  }, [loadTab]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = directionOf(lang);
    document.title = translate(lang, 'appName');
  }, [lang]);
  const toggle = () => {
    const next = lang === 'fa' ? 'en' : 'fa';
    setLang(next);
    saveLang(next);
  };
  const onError = (kind: ErrorKind) => setError({ kind, message: '' });
  return (
    <LangContext.Provider value={lang}>
      <Header lang={lang} onToggle={toggle} />
      <main class="main" aria-busy={state.status === 'loading'}>
        {error ? <ErrorNotice kind={error.kind} detail={error.message || undefined} /> : null}
        {state.status === 'loading' ? <Loading /> : null}
        {state.status === 'ready' ? <TabView tab={state.tab} onError={onError} /> : null}
        {state.status === 'ready' ? (
          <WatchSection page={state.tab.view?.page} onError={onError} />
        ) : null}
        {state.status === 'ready' ? <KenarSection view={state.tab.view} onError={onError} /> : null}
        {state.status === 'failed' ? <UrlInspector onError={onError} /> : null}
        {state.status === 'ready' ? <CollectionCard onError={onError} /> : null}
        {state.status === 'ready' ? <JobsList /> : null}
      </main>
    </LangContext.Provider>
  );
}

function Loading() {
  return (
    <p class="muted" data-testid="loading">
      {useT()('loading')}
    </p>
  );
}
