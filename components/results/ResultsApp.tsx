import { useEffect, useState } from 'preact/hooks';
import type { ErrorKind } from '@/lib/errors';
import { familyOfJob } from '@/lib/export/default-columns';
import { directionOf, type Lang, translate } from '@/lib/i18n';
import { listSeparator } from '@/lib/i18n/format';
import { type JobSummary, jobTitle } from '@/lib/jobs/summary';
import { formatNumber } from '@/lib/results/format';
import type { ReadListings } from '@/lib/results/load';
import type { LoadContext } from '@/lib/results/page-context';
import { Data } from '../Data';
import { ErrorNotice } from '../ErrorNotice';
import { LangContext, useLang, useT } from '../i18n';
import { JobStatus } from '../JobStatus';
import { useServices } from '../services';
import { ResultsView, type ResultsViewProps } from './ResultsView';
import { type ResultsState, useResultsLoad } from './use-results-load';

/** What the results page is given by its entrypoint. */
export interface ResultsAppProps
  extends Pick<ResultsViewProps, 'download' | 'now' | 'savePrefs' | 'startExport'> {
  jobId: string | undefined;
  initialLang: Lang;
  saveLang(lang: Lang): void;
  /** The job, export choices and changes beside the rows (see `contextLoader`). */
  loadContext: LoadContext;
  /** Where pages of listings come from (default: messages to the background). */
  readListings?: ReadListings;
}

function Status({ state, error }: { state: ResultsState; error: ErrorKind | undefined }) {
  const t = useT();
  const lang = useLang();
  if (state.status === 'no-job')
    return (
      <p class="notice" data-testid="no-job">
        {t('results.noJob')}
      </p>
    );
  if (error) return null;
  const progress =
    state.status === 'loading'
      ? state
      : state.status === 'ready' && !state.complete
        ? { loaded: state.listings.length, total: state.total }
        : undefined;
  if (!progress) return null;
  return (
    <p class="muted" data-testid="results-loading" aria-live="polite">
      {t('results.loading')}{' '}
      {progress.total
        ? `${formatNumber(progress.loaded, lang)} ${t('results.of')} ${formatNumber(progress.total, lang)}`
        : ''}
    </p>
  );
}

/** The results page: a fetch job's listings with filters, chart, column choice and exports. */
export function ResultsApp({
  jobId,
  initialLang,
  saveLang,
  loadContext,
  readListings,
  ...view
}: ResultsAppProps) {
  const { watchJob } = useServices();
  const [lang, setLang] = useState(initialLang);
  const [job, setJob] = useState<JobSummary | undefined>();
  const { state, error, setError, load, generation } = useResultsLoad(
    jobId,
    loadContext,
    readListings,
    setJob,
  );
  useEffect(() => (jobId ? watchJob(jobId, setJob) : undefined), [jobId, watchJob]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = directionOf(lang);
    document.title = `${translate(lang, 'results.title')}${listSeparator(lang)}${translate(lang, 'appName')}`;
  }, [lang]);
  const toggleLang = () => {
    const next = lang === 'fa' ? 'en' : 'fa';
    setLang(next);
    saveLang(next);
  };
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const stale =
    state.status === 'ready' &&
    state.complete &&
    job &&
    job.progress.listings !== state.listings.length;
  // Rows read while a details job still runs have no titles yet: when it ends with the same rows,
  // they are read again by themselves (a crawl that found more offers the refresh button).
  const readWhileRunning =
    state.status === 'ready' && state.complete && state.job.status === 'running';
  const ended = job !== undefined && job.status !== 'running';
  useEffect(() => {
    if (readWhileRunning && ended && !stale) void load();
  }, [readWhileRunning, ended, stale, load]);
  const shownState = state.status === 'ready' && !state.complete ? 'loading' : state.status;
  return (
    <LangContext.Provider value={lang}>
      {/* The first Tab stop: straight to the table, past filters, chart and exports. */}
      <a class="skip" href="#results-table" data-testid="skip-to-table">
        {t('results.skip')}
      </a>
      <header class="header">
        <img class="header__icon" src="/icons/32.png" alt="" width={24} height={24} />
        <h1 class="header__title">
          {t('results.title')}
          {job ? ' ' : null}
          {job ? (
            <Data class="results__job" testId="results-job" text={jobTitle(job, lang)} />
          ) : null}
        </h1>
        {job ? (
          <span class="results__status" data-testid="results-status" data-status={job.status}>
            <JobStatus state={job} />
            {listSeparator(lang)}
            {formatNumber(job.progress.listings, lang)} {t('job.listings')}
          </span>
        ) : null}
        {stale ? (
          <button
            type="button"
            class="button button--ghost"
            data-testid="results-refresh"
            onClick={() => void load()}
          >
            {t('results.refresh')}
          </button>
        ) : null}
        <button
          type="button"
          class="button button--ghost"
          data-testid="lang-toggle"
          lang={lang === 'fa' ? 'en' : 'fa'}
          onClick={toggleLang}
        >
          {t('language')}
        </button>
      </header>
      <main class="results" data-testid="results" data-state={shownState}>
        {error ? <ErrorNotice kind={error} /> : null}
        <Status state={state} error={error} />
        {state.status === 'ready' ? (
          <ResultsView
            key={generation}
            title={jobTitle(job ?? state.job, lang)}
            family={familyOfJob(state.job.url, state.listings)}
            listings={state.listings}
            jobId={state.job.id}
            initialPrefs={state.prefs}
            onError={setError}
            changes={state.changes}
            {...view}
          />
        ) : null}
      </main>
    </LangContext.Provider>
  );
}
