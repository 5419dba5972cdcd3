import '@fontsource-variable/vazirmatn';
import '../popup/style.css';
import './results.css';
import { render } from 'preact';
import { browserServices } from '@/components/browser-services';
import { ResultsApp } from '@/components/results/ResultsApp';
import { ServicesContext } from '@/components/services';
import { recordedDownload } from '@/lib/export/download';
import { loadExportPrefs, saveExportPrefs } from '@/lib/export/prefs';
import { startExportWorker } from '@/lib/export/start-worker';
import { loadLang, saveLang } from '@/lib/i18n/lang-pref';
import { readAheadFor } from '@/lib/results/read-store';
import { jobIdFromSearch } from '@/lib/results/results-url';

// results.html?job=<id>: a crawl job's listings, opened from the popup's "View results".
const services = browserServices();
const jobId = jobIdFromSearch(location.search);
const readListings = readAheadFor(jobId); // the first rows are read while the page starts

const root = document.getElementById('app');
if (root) {
  void loadLang(storage).then((lang) =>
    render(
      <ServicesContext.Provider value={services}>
        <ResultsApp
          jobId={jobId}
          initialLang={lang}
          saveLang={(next) => void saveLang(storage, next)}
          loadPrefs={() => loadExportPrefs(storage)}
          readListings={readListings}
          savePrefs={(prefs) => void saveExportPrefs(storage, prefs)}
          download={recordedDownload(services.send, jobId)}
          now={() => new Date()}
          startExport={startExportWorker}
        />
      </ServicesContext.Provider>,
      root,
    ),
  );
}
