import '@fontsource-variable/vazirmatn';
import '../popup/style.css';
import './options.css';
import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { loadLang, saveLang } from '@/lib/i18n/lang-pref';
import { readNewPostQuery } from '@/lib/kenar/new-post-link';
import { createPishkhanPageEnv } from '@/lib/pishkhan/page-env';

const root = document.getElementById('app');
const send = (message: unknown) => browser.runtime.sendMessage(message);
if (root) {
  void loadLang(storage).then((lang) =>
    render(
      <OptionsApp
        initialLang={lang}
        saveLang={(next) => void saveLang(storage, next)}
        settings={storage}
        send={send}
        bazaar={createPishkhanPageEnv(browser, storage, send)}
        newPost={readNewPostQuery(location.search)}
      />,
      root,
    ),
  );
}
