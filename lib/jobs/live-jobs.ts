import type { JobSummary } from './summary';

/**
 * Asks for the job list as often as `load` is called; only the latest answer is shown (an
 * earlier one may come later and be older), undefined when it failed. `pending` says whether an
 * answer is on its way: a job's change heard meanwhile may be newer than that answer, so the
 * caller asks again rather than applying it.
 */
export function latestJobList(
  list: () => Promise<JobSummary[]>,
  show: (jobs: JobSummary[] | undefined) => void,
) {
  let asked = 0;
  let waiting = false;
  const settle = (mine: number, jobs: JobSummary[] | undefined) => {
    if (mine !== asked) return;
    waiting = false;
    show(jobs);
  };
  return {
    load() {
      const mine = ++asked;
      waiting = true;
      list().then(
        (jobs) => settle(mine, jobs),
        () => settle(mine, undefined),
      );
    },
    pending: () => waiting,
  };
}
