import type { CrossCheck } from '@/lib/divar/cross-check';
import { filterValueOf } from '@/lib/divar/describe-filters';
import { filterLabel, filterValueText } from '@/lib/divar/filter-text';
import type { FormValue } from '@/lib/divar/form-data';
import type { StateMissing } from '@/lib/divar/page-state';
import type { SearchNote } from '@/lib/divar/search-query';
import type { Lang } from '@/lib/i18n';
import { useLang, useT } from './i18n';
import { TechDetail } from './TechDetail';

// City ids read as city names; a missing value as a dash.
const valueText = (field: string, value: FormValue | undefined, lang: Lang) => {
  const described = value && filterValueOf(field === 'city_ids' ? 'districts' : field, value, lang);
  return described ? filterValueText(field, described, lang) : '—';
};

/** Says whether divar's own page state agrees with the URL, listing every differing field. */
export function CrossCheckNotice({
  check,
  missing = 'not-reported',
}: {
  check: CrossCheck | undefined;
  /** Why there is no check: what actually happened to the page's own filters. */
  missing?: StateMissing;
}) {
  const t = useT();
  const lang = useLang();
  if (!check)
    return (
      <p class="muted" data-testid="cross-check" data-status="none" data-reason={missing}>
        {t(`search.noState.${missing}`)}
      </p>
    );
  if (check.status === 'agrees') {
    return (
      <p class="ok" data-testid="cross-check" data-status="agrees">
        ✓ {t('search.agrees')}
      </p>
    );
  }
  if (check.status === 'unreadable') {
    return (
      <p class="muted" data-testid="cross-check" data-status="unreadable">
        {t('search.unreadable')}
      </p>
    );
  }
  return (
    <div class="notice notice--warn" data-testid="cross-check" data-status="differs">
      <p>{t('search.differs')}</p>
      <table class="diff">
        <thead>
          <tr>
            <th>{t('search.field')}</th>
            <th>{t('search.fromUrl')}</th>
            <th>{t('search.fromPage')}</th>
          </tr>
        </thead>
        <tbody>
          {check.differences.map((d) => (
            <tr key={d.field} data-testid="diff-row" data-field={d.field}>
              <td>{d.field === 'city_ids' ? t('search.city') : filterLabel(d.field, lang)}</td>
              <td>
                <bdi>{valueText(d.field, d.urlValue, lang)}</bdi>
              </td>
              <td>
                <bdi>{valueText(d.field, d.pageValue, lang)}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The parser's notes (guessed mappings, ignored parameters), folded under a count. */
export function SearchNotes({ notes }: { notes: SearchNote[] }) {
  const t = useT();
  const lang = useLang();
  if (notes.length === 0) return null;
  return (
    <details class="notes" data-testid="search-notes">
      <summary>
        {t('search.notes')} ({notes.length.toLocaleString(lang === 'fa' ? 'fa-IR' : 'en')})
      </summary>
      <ul>
        {notes.map((note, i) => (
          <li key={`${note.kind}-${i}`} data-kind={note.kind}>
            {t(`note.${note.kind}`)}
            {(note.param ?? note.value) ? <code dir="ltr">{note.param ?? note.value}</code> : null}
            <TechDetail detail={note.detail} />
          </li>
        ))}
      </ul>
    </details>
  );
}
