import type { AttemptEvent } from '@/lib/http/attempt-event';
import { formatNumber } from '@/lib/i18n/format';
import { useLang, useT } from './i18n';

const timeOf = (lang: string, at: number) =>
  new Date(at).toLocaleTimeString(lang === 'fa' ? 'fa-IR' : 'en-GB', { hour12: false });

/** The job's requests, newest first: time, path, status or error, duration, and the wait before a retry. */
export function JobLog({ log }: { log: AttemptEvent[] | undefined }) {
  const t = useT();
  const lang = useLang();
  if (!log?.length) return null;
  const seconds = (ms: number) =>
    `${formatNumber(lang, Math.round(ms / 100) / 10)} ${t('job.seconds')}`;
  return (
    <details class="job__log" data-testid="job-log">
      <summary>
        {t('job.log')} ({formatNumber(lang, log.length)})
      </summary>
      <table>
        <thead>
          <tr>
            <th>{t('job.log.time')}</th>
            <th>{t('job.log.request')}</th>
            <th>{t('job.log.outcome')}</th>
            <th>{t('job.log.took')}</th>
          </tr>
        </thead>
        <tbody>
          {[...log].reverse().map((entry) => (
            <tr key={`${entry.at}-${entry.path}-${entry.attempt}`} data-testid="job-log-row">
              <td>{timeOf(lang, entry.at)}</td>
              <td dir="ltr">
                {entry.attempt === 0
                  ? t('job.log.resumed')
                  : entry.path.replace(/^api\.divar\.ir/, '')}
              </td>
              <td>
                {entry.status ?? entry.error ?? ''}
                {entry.retryInMs !== undefined
                  ? ` (${t('job.log.retryIn')} ${seconds(entry.retryInMs)})`
                  : ''}
              </td>
              <td>{seconds(entry.ms)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
