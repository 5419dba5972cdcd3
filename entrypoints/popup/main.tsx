import '@fontsource-variable/vazirmatn';
import './style.css';
// Panels load lazily, their styles do not: in the page from the start, so nothing flashes unstyled.
import '@/components/kenar/kenar.css';
import '@/components/portals/portals.css';
import '@/components/watch/watch.css';
import { browserServices } from '@/components/browser-services';
import { mountInLang } from '@/components/mount';
import { PopupApp } from '@/components/PopupApp';
import { ServicesContext } from '@/components/services';
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
  const services = browserServices();
  void mountInLang(root, storage, (lang, save) => (
    <ServicesContext.Provider value={services}>
      <PopupApp initialLang={lang} loadTab={loadTab} saveLang={save} />
    </ServicesContext.Provider>
  ));
}
