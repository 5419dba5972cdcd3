import { useState } from 'preact/hooks';
import { COLUMNS } from '@/lib/export/columns';
import { useLang, useT } from '../i18n';

/** Props of ColumnChooser. */
export interface ColumnChooserProps {
  /** The chosen column keys, in their order. */
  chosen: readonly string[];
  /** What "back to the default columns" gives (the family's defaults). */
  defaults: readonly string[];
  onChange(keys: string[]): void;
}

const move = (keys: readonly string[], from: number, to: number): string[] => {
  const next = [...keys];
  const [key] = next.splice(from, 1);
  if (key !== undefined) next.splice(to, 0, key);
  return next;
};

/** Which columns the table and the exports have, and their order (remembered). */
export function ColumnChooser({ chosen, defaults, onChange }: ColumnChooserProps) {
  const t = useT();
  const lang = useLang();
  // The list (some 200 elements) is built when first opened: the page's first paint skips it.
  const [open, setOpen] = useState(false);
  const rest = COLUMNS.filter((c) => !chosen.includes(c.key));
  const byKey = new Map(COLUMNS.map((c) => [c.key, c]));
  return (
    <details
      class="columns card"
      data-testid="column-chooser"
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{t('results.columns')}</summary>
      {open ? (
        <>
          <ol class="columns__list">
            {chosen.map((key, i) => (
              <li key={key} class="columns__item" data-key={key}>
                <label>
                  <input
                    type="checkbox"
                    checked
                    disabled={chosen.length === 1}
                    data-testid={`column-${key}`}
                    onChange={() => onChange(chosen.filter((k) => k !== key))}
                  />
                  {byKey.get(key)?.[lang] ?? key}
                </label>
                <span class="columns__moves">
                  <button
                    type="button"
                    class="button button--small button--quiet"
                    aria-label={`${t('results.columns.up')}: ${byKey.get(key)?.[lang] ?? key}`}
                    disabled={i === 0}
                    onClick={() => onChange(move(chosen, i, i - 1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="button button--small button--quiet"
                    aria-label={`${t('results.columns.down')}: ${byKey.get(key)?.[lang] ?? key}`}
                    disabled={i === chosen.length - 1}
                    onClick={() => onChange(move(chosen, i, i + 1))}
                  >
                    ↓
                  </button>
                </span>
              </li>
            ))}
            {rest.map((column) => (
              <li key={column.key} class="columns__item columns__item--off" data-key={column.key}>
                <label>
                  <input
                    type="checkbox"
                    checked={false}
                    data-testid={`column-${column.key}`}
                    onChange={() => onChange([...chosen, column.key])}
                  />
                  {column[lang]}
                </label>
              </li>
            ))}
          </ol>
          <button
            type="button"
            class="button button--small button--quiet"
            data-testid="columns-reset"
            onClick={() => onChange([...defaults])}
          >
            {t('results.columns.reset')}
          </button>
        </>
      ) : null}
    </details>
  );
}
