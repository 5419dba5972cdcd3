import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Listing } from '@/lib/divar/listing/types';
import { type ErrorKind, toErrorInfo } from '@/lib/errors';
import type { ExportPrefs } from '@/lib/export/prefs';
import type { JobChanges } from '@/lib/history/job-changes';
import type { JobSummary } from '@/lib/jobs/summary';
import {
  growingPages,
  type ReadListings,
  readViaBackground,
  streamListings,
} from '@/lib/results/load';
import type { LoadContext } from '@/lib/results/page-context';
import { useServices } from '../services';

/** Where the results page's load stands. */
export type ResultsState =
  | { status: 'loading'; loaded: number; total: number }
  | {
      status: 'ready';
      job: JobSummary;
      listings: Listing[];
      prefs: ExportPrefs;
      changes: JobChanges | null;
      total: number;
      /** False while later pages are still being read (the table already shows the first). */
      complete: boolean;
    }
  | { status: 'no-job' }
  | { status: 'failed' };

/**
 * Loads a job's listings for the results page: rows are read while its context (job, export
 * choices) loads, so the first page shows at once and later pages add to it; what changed since
 * the last fetch joins them when it comes; each load is a generation, and a superseded one stops
 * updating.
 */
export function useResultsLoad(
  jobId: string | undefined,
  loadContext: LoadContext,
  readListings: ReadListings | undefined,
  onJob: (job: JobSummary) => void,
) {
  const { send } = useServices();
  const generation = useRef(0);
  const firstPainted = useRef<(() => void) | undefined>(undefined);
  const [state, setState] = useState<ResultsState>({ status: 'loading', loaded: 0, total: 0 });
  const [error, setError] = useState<ErrorKind | undefined>();
  const load = useCallback(async () => {
    if (!jobId) return setState({ status: 'no-job' });
    const mine = ++generation.current;
    setState({ status: 'loading', loaded: 0, total: 0 });
    try {
      let shown:
        | ((listings: Listing[], total: number | undefined, done: boolean) => void)
        | undefined;
      let latest: [Listing[], number | undefined, boolean] | undefined;
      const read = readListings ?? readViaBackground(send);
      // The first rows paint before more are read: decoding a page of 1,000 would hold them up.
      const painted = new Promise<void>((resolve) => {
        firstPainted.current = resolve;
      });
      const streaming = streamListings(read, jobId, growingPages, (listings, total, done) => {
        latest = [listings, total, done];
        shown?.(listings, total, done);
        return painted;
      });
      streaming.catch(() => undefined); // its failure is reported below, once awaited
      const { job: found, prefs, changes: askChanges } = await loadContext(jobId);
      if (!found) return setState({ status: 'no-job' });
      onJob(found);
      let changes: JobChanges | null = null;
      shown = (listings, total, complete) => {
        if (generation.current !== mine) return;
        // Until the store has counted, the job's own count stands in for the progress line.
        const of = total ?? Math.max(found.progress.listings, listings.length);
        setState({ status: 'ready', job: found, listings, prefs, changes, total: of, complete });
      };
      if (latest) shown(...latest);
      // What changed since the last fetch joins the rows once they are painted (the background
      // reads both runs whole for it: asked earlier, it would hold up the first rows).
      void painted.then(askChanges).then((next) => {
        changes = next;
        if (generation.current !== mine || !next) return;
        setState((now) => (now.status === 'ready' ? { ...now, changes: next } : now));
      });
      const all = await streaming;
      shown(all, all.length, true);
    } catch (failure) {
      setError(toErrorInfo(failure).kind);
      setState({ status: 'failed' });
    }
  }, [jobId, send, loadContext, readListings, onJob]);
  useEffect(() => void load(), [load]);
  // User Timing marks (read by the browser bench): first rows painted, every row loaded.
  const firstRows = state.status === 'ready';
  const allRows = firstRows && state.complete;
  useEffect(() => {
    if (!firstRows) return;
    performance.mark('results:first-rows');
    firstPainted.current?.();
  }, [firstRows]);
  useEffect(() => {
    if (allRows) performance.mark('results:all-loaded');
  }, [allRows]);
  return { state, error, setError, load, generation: generation.current };
}
