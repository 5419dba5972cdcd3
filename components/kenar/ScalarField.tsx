import type { CategoryField, FieldValue } from '@/lib/kenar/category-fields';
import { formatNumber } from '@/lib/kenar/format';
import { localDigits } from '@/lib/kenar/i18n';
import { useLang } from '../i18n';
import { CheckField } from './CheckField';
import { useKenarT } from './kenar-env';

/** Props of ScalarField. */
export interface ScalarFieldProps {
  field: CategoryField;
  /** The field's path (`building.floor`): its id, test id and problem key. */
  path: string;
  title?: string;
  value: FieldValue | undefined;
  onChange(value: FieldValue): void;
}

function LimitHint({ field }: { field: CategoryField }) {
  const t = useKenarT();
  const lang = useLang();
  const limits = field.limits ?? {};
  const [min, max, maxLength, maxItems] = [
    limits.min,
    limits.max,
    limits.maxLength,
    limits.maxItems,
  ].map((n) =>
    // Years and small numbers read better without a thousands separator.
    n === undefined
      ? undefined
      : Math.abs(n) >= 10_000
        ? formatNumber(n, lang)
        : localDigits(n, lang),
  );
  const hint =
    min !== undefined && max !== undefined
      ? t('limits.range', { min, max })
      : min !== undefined
        ? t('limits.min', { min })
        : max !== undefined
          ? t('limits.max', { max })
          : maxLength !== undefined
            ? t('limits.length', { max: maxLength })
            : maxItems !== undefined
              ? t('limits.items', { max: maxItems })
              : '';
  return hint ? <span class="muted kenar-hint-inline"> ({hint})</span> : null;
}

/** One field that holds text, a number, a choice, a checkbox or several choices. */
export function ScalarField({
  field,
  path,
  title = field.title,
  value,
  onChange,
}: ScalarFieldProps) {
  const lang = useLang();
  const id = `field-${path}`;
  const label = (
    <label class="label" for={id}>
      {title}
      {field.required ? ' *' : ''}
      <LimitHint field={field} />
    </label>
  );
  if (field.kind === 'boolean')
    return <CheckField testId={id} label={title} checked={value === true} onChange={onChange} />;
  if (field.kind === 'multi') {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <fieldset class="kenar-group" data-testid={id}>
        <legend>
          {title}
          <LimitHint field={field} />
        </legend>
        {field.options?.map((o) => (
          <label key={o.value} class="kenar-check">
            <input
              type="checkbox"
              data-testid={`${id}-${o.value}`}
              checked={chosen.includes(o.value)}
              onChange={(e) =>
                onChange(
                  e.currentTarget.checked
                    ? [...chosen, o.value]
                    : chosen.filter((v) => v !== o.value),
                )
              }
            />{' '}
            {o.label}
          </label>
        ))}
      </fieldset>
    );
  }
  const text = typeof value === 'string' ? value : '';
  const numeric = field.kind === 'integer' || field.kind === 'number';
  return (
    <>
      {label}
      {field.kind === 'choice' ? (
        <select
          id={id}
          class="input"
          data-testid={id}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          <option value="">—</option>
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          class="input"
          data-testid={id}
          inputMode={numeric ? 'decimal' : 'text'}
          value={numeric ? localDigits(text, lang) : text}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </>
  );
}
