import '@fontsource-variable/vazirmatn';
import '../popup/style.css';
import { browserServices } from '@/components/browser-services';
import { LangContext } from '@/components/i18n';
import { mountInLang } from '@/components/mount';
import { ServicesContext } from '@/components/services';
import { WatchResults } from '@/components/watch/WatchResults';
import { directionOf } from '@/lib/i18n';

// The results view of a watched search (watch.html?id=…), opened from a notification or the popup.
const services = browserServices();

const root = document.getElementById('app');
const id = new URLSearchParams(location.search).get('id') ?? '';
if (root) {
  void mountInLang(root, storage, (lang) => {
    document.documentElement.lang = lang;
    document.documentElement.dir = directionOf(lang);
    return (
      <ServicesContext.Provider value={services}>
        <LangContext.Provider value={lang}>
          <WatchResults id={id} />
        </LangContext.Provider>
      </ServicesContext.Provider>
    );
  });
}
