import type { Listing } from '@/lib/divar/listing/types';
import { type ChangeGroup, groupCounts } from '@/lib/history/change-view';
import { historyText } from '@/lib/history/i18n';
import type { JobChanges } from '@/lib/history/job-changes';
import { formatDate } from '@/lib/results/format';
import { useLang } from '../i18n';

const GROUPS: ChangeGroup[] = ['all', 'added', 'removed', 'changed'];

/** Props of ChangeGroups. */
export interface ChangeGroupsProps {
  listings: readonly Listing[];
  changes: JobChanges;
  group: ChangeGroup;
  onGroup(group: ChangeGroup): void;
}

/** "What changed since last time": a filter for added, removed and re-priced listings. */
export function ChangeGroups({ listings, changes, group, onGroup }: ChangeGroupsProps) {
  const lang = useLang();
  const counts = groupCounts(listings, changes);
  const when = formatDate(new Date(changes.previousAt).toISOString(), lang);
  return (
    <section
      class="changes"
      data-testid="changes"
      aria-label={historyText(lang, 'changesTitle', { date: when })}
    >
      <p class="card__title">{historyText(lang, 'changesTitle', { date: when })}</p>
      <div class="actions">
        {GROUPS.map((key) => (
          <button
            key={key}
            type="button"
            class={key === group ? 'button button--small' : 'button button--small button--quiet'}
            aria-pressed={key === group}
            data-testid={`changes-${key}`}
            onClick={() => onGroup(key)}
          >
            {historyText(lang, key, { n: counts[key] })}
          </button>
        ))}
      </div>
      {group === 'removed' ? <p class="muted">{historyText(lang, 'removedNote')}</p> : null}
    </section>
  );
}
