import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { type JobSummary, jobProgressKey, watchAnyJob } from '@/lib/jobs/summary';
import { RESULTS_PAGE, resultsQuery } from '@/lib/results/results-url';
import { watchKeys } from '@/lib/storage/watch-keys';
import type { Services } from './services';

/**
 * The services of an extension page (popup, results, watch page) over the real browser: messages
 * to the background, live job progress and storage changes, and opening a job's results.
 */
export function browserServices(): Services {
  return {
    send: (message) => browser.runtime.sendMessage(message),
    watchJob: (id, onChange) =>
      storage.watch<JobSummary>(jobProgressKey(id), (job) => {
        if (job) onChange(job);
      }),
    watchJobs: (onChange) => watchAnyJob(browser.storage.onChanged, onChange),
    watchLocal: (prefix, onChange) =>
      watchKeys(browser.storage.onChanged, 'local', prefix, onChange),
    openResults: (jobId) =>
      void browser.tabs.create({ url: browser.runtime.getURL(RESULTS_PAGE) + resultsQuery(jobId) }),
  };
}
