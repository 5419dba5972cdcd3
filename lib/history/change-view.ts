import type { Listing } from '../divar/listing/types';
import type { ExportColumn } from '../export/columns';
import type { Lang } from '../i18n';
import { formatCompact, formatNumber } from '../results/format';
import { historyText } from './i18n';
import type { ChangedListing, JobChanges } from './job-changes';

/** Which listings the results table shows against the previous fetch. */
export type ChangeGroup = 'all' | 'added' | 'removed' | 'changed';

/** The listings of a group: this run's (all, added, re-priced) or the last run's removed ones. */
export function listingsOfGroup(
  listings: readonly Listing[],
  changes: JobChanges,
  group: ChangeGroup,
): readonly Listing[] {
  if (group === 'all') return listings;
  if (group === 'removed') return changes.removed;
  const tokens = new Set(
    group === 'added' ? changes.added : changes.changed.map((change) => change.token),
  );
  return listings.filter((listing) => tokens.has(listing.token));
}

/** How many listings each group holds. */
export function groupCounts(listings: readonly Listing[], changes: JobChanges) {
  return {
    all: listings.length,
    added: changes.added.length,
    removed: changes.removed.length,
    changed: changes.changed.length,
  } satisfies Record<ChangeGroup, number>;
}

/**
 * A change in words: «از ۱۰۰ به ۹۲ (−۸٪)» / "100 → 92 (−8%)"; `short` writes the amounts as
 * «۱۲۷ میلیارد» / "127B" so the table's column stays narrow.
 */
export function changeWords(change: ChangedListing, lang: Lang, short = false): string {
  const amount = short ? formatCompact : formatNumber;
  const [from, to] = [amount(change.from, lang), amount(change.to, lang)];
  const sign = change.percent > 0 ? '+' : change.percent < 0 ? '−' : '';
  const p = `${sign}${formatNumber(Math.abs(change.percent), lang)}${lang === 'fa' ? '٪' : '%'}`;
  return lang === 'fa' ? `از ${from} به ${to} (${p})` : `${from} → ${to} (${p})`;
}

/**
 * The "change" column of the results table and its exports: old price, new price and the
 * percentage for re-priced listings, «تازه» for added ones, empty for the rest.
 */
export function changeColumn(changes: JobChanges): ExportColumn {
  const byToken = new Map(changes.changed.map((change) => [change.token, change]));
  const added = new Set(changes.added);
  return {
    key: 'change',
    fa: historyText('fa', 'change'),
    en: historyText('en', 'change'),
    kind: 'text',
    read: (listing) =>
      byToken.has(listing.token) || added.has(listing.token) ? listing.token : undefined,
    words: (value, lang) => {
      const change = byToken.get(String(value));
      return change ? changeWords(change, lang) : historyText(lang, 'addedMark');
    },
    short: (value, lang) => {
      const change = byToken.get(String(value));
      return change ? changeWords(change, lang, true) : historyText(lang, 'addedMark');
    },
  };
}
