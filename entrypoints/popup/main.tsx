import '@fontsource-variable/vazirmatn';
import './style.css';
import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { type Services, ServicesContext } from '@/components/services';
import { loadLang, saveLang } from '@/lib/i18n/lang-pref';
import { type JobSummary, jobProgressKey, watchAnyJob } from '@/lib/jobs/summary';
import { loadCurrentTab } from '@/lib/popup/current-tab';
import { RESULTS_PAGE, resultsQuery } from '@/lib/results/results-url';

const loadTab = () =>
  loadCurrentTab({
    search: location.search,
    queryActiveTab: async () =>
      (await browser.tabs.query({ active: true, currentWindow: true }))[0],
    send: (message) => browser.runtime.sendMessage(message),
  });

const services: Services = {
  send: (message) => browser.runtime.sendMessage(message),
  watchJob: (id, onChange) =>
    storage.watch<JobSummary>(jobProgressKey(id), (job) => {
      if (job) onChange(job);
    }),
  watchJobs: (onChange) => watchAnyJob(browser.storage.onChanged, onChange),
  openResults: (jobId) =>
    void browser.tabs.create({ url: browser.runtime.getURL(RESULTS_PAGE) + resultsQuery(jobId) }),
};

const root = document.getElementById('app');
if (root) {
  void loadLang(storage).then((lang) =>
    render(
      <ServicesContext.Provider value={services}>
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
