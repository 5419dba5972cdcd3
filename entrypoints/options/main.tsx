import '@fontsource-variable/vazirmatn';
import '../popup/style.css';
import './options.css';
import { mountInLang } from '@/components/mount';
import { OptionsApp } from '@/components/options/OptionsApp';
import { readNewPostQuery } from '@/lib/kenar/new-post-link';
import { createPishkhanPageEnv } from '@/lib/pishkhan/page-env';

const root = document.getElementById('app');
const send = (message: unknown) => browser.runtime.sendMessage(message);
if (root) {
  const bazaar = createPishkhanPageEnv(browser, storage, send);
  void mountInLang(root, storage, (lang, save) => (
    <OptionsApp
      initialLang={lang}
      saveLang={save}
      settings={storage}
      send={send}
      bazaar={bazaar}
      newPost={readNewPostQuery(location.search)}
    />
  ));
}
