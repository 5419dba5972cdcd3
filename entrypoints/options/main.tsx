import '@fontsource-variable/vazirmatn';
import '../popup/style.css';
import './options.css';
import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { loadLang, saveLang } from '@/lib/i18n/lang-pref';
import { readNewPostQuery } from '@/lib/kenar/new-post-link';

const root = document.getElementById('app');
if (root) {
  void loadLang(storage).then((lang) =>
    render(
      <OptionsApp
        initialLang={lang}
        saveLang={(next) => void saveLang(storage, next)}
        settings={storage}
        send={(message) => browser.runtime.sendMessage(message)}
        newPost={readNewPostQuery(location.search)}
      />,
      root,
    ),
  );
}
