import '@fontsource-variable/vazirmatn';
import '../popup/style.css';
import './results.css';
import { browserServices } from '@/components/browser-services';
import { mountInLang } from '@/components/mount';
import { ResultsApp } from '@/components/results/ResultsApp';
import { ServicesContext } from '@/components/services';
import { recordedDownload } from '@/lib/export/download';
import { saveExportPrefs } from '@/lib/export/prefs';
import { startExportWorker } from '@/lib/export/start-worker';
import { jobIdFromSearch } from '@/lib/results/results-url';
import { startResultsLoads } from '@/lib/results/start-loads';

// results.html?job=<id>: a crawl job's listings, opened from the popup's "View results".
const services = browserServices();
const jobId = jobIdFromSearch(location.search);
const loads = startResultsLoads(jobId, services.send, storage); // under way while the page starts

const root = document.getElementById('app');
if (root) {
  void mountInLang(root, storage, (lang, save) => (
    <ServicesContext.Provider value={services}>
      <ResultsApp
        jobId={jobId}
        initialLang={lang}
        saveLang={save}
        {...loads}
        savePrefs={(prefs) => void saveExportPrefs(storage, prefs)}
        download={recordedDownload(services.send, jobId)}
        now={() => new Date()}
        startExport={startExportWorker}
      />
    </ServicesContext.Provider>
  ));
}
