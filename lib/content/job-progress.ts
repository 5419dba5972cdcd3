import { formatNumber } from '../i18n/number';
import { PAGE_WORDS } from '../i18n/page';

/** A job's progress as the toolbar reads it from the background's message (checked by hand: no zod here). */
export interface ToolbarProgress {
  url: string;
  phase: string;
  listings: number;
  total?: number;
  until?: number;
}

const PHASES = new Set([
  'fetching',
  'waiting',
  'paused',
  'needs-user',
  'done',
  'failed',
  'cancelled',
]);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** The progress in a `jobProgress` message, or undefined for anything else. */
export function readProgress(message: unknown): ToolbarProgress | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.type !== 'jobProgress' || typeof m.url !== 'string' || typeof m.phase !== 'string')
    return undefined;
  if (!PHASES.has(m.phase) || !isCount(m.listings)) return undefined;
  return {
    url: m.url,
    phase: m.phase,
    listings: m.listings,
    ...(isCount(m.total) ? { total: m.total } : {}),
    ...(isCount(m.until) ? { until: m.until } : {}),
  };
}

/**
 * The Fetch all button's words while its search's crawl runs: «در حال دریافت: ۴۸ از ۱۶۵»,
 * «در انتظار دیوار: ۲۰ ثانیه», or plain "Fetch all" once nothing runs.
 */
export function fetchAllLabel(
  progress: ToolbarProgress | undefined,
  lang: 'fa' | 'en',
  now: number,
): string {
  const w = PAGE_WORDS[lang];
  if (!progress) return w.fetchAll;
  const count = progress.total
    ? `${formatNumber(lang, progress.listings)} ${w.of} ${formatNumber(lang, progress.total)}`
    : formatNumber(lang, progress.listings);
  if (progress.phase === 'fetching') return `${w.fetching}: ${count}`;
  if (progress.phase === 'waiting') {
    const seconds = Math.max(0, Math.ceil(((progress.until ?? now) - now) / 1000));
    return `${w.waiting}: ${formatNumber(lang, seconds)} ${w.seconds}`;
  }
  if (progress.phase === 'paused' || progress.phase === 'needs-user')
    return `${w.paused}: ${count}`;
  return w.fetchAll;
}
