import type { Browser as BrowserTypes } from 'wxt/browser';
import type { WxtStorage } from 'wxt/utils/storage';
import { createAlertBackground } from '../alerts/background-deps';
import { type CopyText, createNavigatorCopy, createOffscreenCopy } from '../clipboard/copy-text';
import { AppError } from '../errors';
import { createHistoryBackground } from '../history/background-deps';
import { loadLang } from '../i18n/lang-pref';
import { createJobHandlers } from '../jobs/handlers';
import { createKenarBackground } from '../kenar/background-deps';
import { createPishkhanBackground } from '../pishkhan/background-deps';
import { createPortalBackground } from '../portals/background-deps';
import { createTabStateAsk } from '../tabs/page-state-ask';
import { createTabPageService } from '../tabs/tab-page-service';
import { createTabPagesStore } from '../tabs/tab-pages';
import { createWatchBackground } from '../watch/background-deps';
import { createBadge } from './badge';
import { createJobDeps } from './job-deps';
import { createLastErrorStore } from './last-error';
import type { MenuDeps } from './menus';

type Browser = typeof import('wxt/browser').browser;

/** Path of the offscreen document that copies text in Chrome (entrypoints/offscreen). */
const OFFSCREEN_PATH = '/offscreen.html';

function createCopyText(browser: Browser): CopyText {
  if (!browser.offscreen) return createNavigatorCopy(navigator.clipboard);
  return createOffscreenCopy({
    hasDocument: async () => {
      const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
      return contexts.length > 0;
    },
    createDocument: () =>
      browser.offscreen.createDocument({
        url: browser.runtime.getURL(OFFSCREEN_PATH),
        reasons: ['CLIPBOARD' as BrowserTypes.offscreen.Reason],
        justification: 'Copy post tokens to the clipboard from the right-click menu.',
      }),
    send: (message) => browser.runtime.sendMessage(message),
  });
}

/** Builds the background's services from the real browser APIs; the one place that knows them. */
export function createBackgroundDeps(browser: Browser, storage: WxtStorage) {
  const tabPages = createTabPagesStore(storage);
  const lastError = createLastErrorStore(storage, Date.now);
  const action = browser.action ?? browser.browserAction;
  const badge = createBadge(action);
  // A running push arms the heartbeat (built by the jobs below) so a stopped worker resumes it.
  const portals = createPortalBackground(browser, storage, () => jobs.heartbeat.arm());
  const history = createHistoryBackground(storage);
  // The jobs ask a tab's filters through the page service, built next (called only later).
  const pageState = (tabId: number, url: string) => pages.searchState(tabId, url);
  const jobs = createJobDeps(browser, storage, pageState, badge, [portals.work], history);
  const askTab = createTabStateAsk((tabId, message) => browser.tabs.sendMessage(tabId, message));
  const pages = createTabPageService(tabPages, jobs.tabUrl, askTab);
  const jobHandlers = createJobHandlers(jobs);
  const menus: MenuDeps = {
    openPage: jobs.openPage,
    collect: async (tokens) => (await jobs.collection.add(tokens)).tokens.length,
    contactOf: async (token) => {
      const info = await jobHandlers.postContact(
        { type: 'postContact', token },
        { origin: 'extension', tabId: undefined },
      );
      if (!info.phone) throw new AppError('not-found', info.label ?? 'the seller shows no number');
      return info.phone;
    },
    fetchTokens: async (tokens) =>
      (
        await jobHandlers.startTokens(
          { type: 'startTokens', tokens },
          { origin: 'extension', tabId: undefined },
        )
      ).id,
    fetchAll: async (tabId) => {
      const url = tabId === undefined ? undefined : await jobs.tabUrl(tabId);
      if (!url) throw new AppError('no-tab', 'no tab to fetch');
      await jobHandlers.startCrawl(
        { type: 'startCrawl', url, tabId },
        { origin: 'extension', tabId: undefined },
      );
    },
    removeAllMenus: () => browser.contextMenus.removeAll(),
    createMenu: (item) => void browser.contextMenus.create(item),
    message: (name) => browser.i18n.getMessage(name),
    copyText: createCopyText(browser),
    searchOf: async (tabId) =>
      tabId === undefined ? undefined : (await pages.tabView(tabId))?.search,
    reportError: (error) => lastError.save(error),
    setBadge: async (tabId, text, color) => {
      await action.setBadgeText({ tabId, text });
      if (text) await action.setBadgeBackgroundColor({ tabId, color });
    },
    later: (ms, run) => void setTimeout(run, ms),
  };
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  const kenar = createKenarBackground(browser, storage);
  const alerts = createAlertBackground(browser, storage);
  const watch = createWatchBackground(
    browser,
    storage,
    jobs.search,
    badge.setUnseen,
    { onHits: alerts.enqueue, onRemove: alerts.removeWatch },
    history,
  );
  const pishkhan = createPishkhanBackground(browser, storage);
  const uiLang = () => loadLang(storage);
  return {
    ...{
      self,
      pages,
      tabPages,
      lastError,
      menus,
      jobs,
      kenar,
      watch,
      pishkhan,
      portals,
      alerts,
      uiLang,
    },
    history,
    startedAt: Date.now(),
  };
}
