import '@fontsource-variable/vazirmatn';
import './style.css';
// Panels load lazily, their styles do not: in the page from the start, so nothing flashes unstyled.
import '@/components/kenar/kenar.css';
import '@/components/portals/portals.css';
import '@/components/watch/watch.css';
import { render } from 'preact';
import { browserServices } from '@/components/browser-services';
import { PopupApp } from '@/components/PopupApp';
import { ServicesContext } from '@/components/services';
import { loadLang, saveLang } from '@/lib/i18n/lang-pref';
import { loadCurrentTab } from '@/lib/popup/current-tab';

const loadTab = () =>
  loadCurrentTab({
    search: location.search,
    queryActiveTab: async () =>
      (await browser.tabs.query({ active: true, currentWindow: true }))[0],
    send: (message) => browser.runtime.sendMessage(message),
  });

const root = document.getElementById('app');
if (root) {
  void loadLang(storage).then((lang) =>
    render(
      <ServicesContext.Provider value={browserServices()}>
        <PopupApp
          initialLang={lang}
          loadTab={loadTab}
          saveLang={(next) => void saveLang(storage, next)}
        />
      </ServicesContext.Provider>,
      root,
    ),
  );
}
