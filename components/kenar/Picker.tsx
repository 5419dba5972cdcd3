import type { KenarTextKey } from '@/lib/kenar/i18n';
import { useKenarT } from './kenar-env';

/** Props of Picker. */
export interface PickerProps {
  name: string;
  label: KenarTextKey;
  value: string;
  options: { value: string; label: string }[];
  /** The first entry's words: "choose" (a choice is needed) or e.g. "(no district)". */
  empty?: KenarTextKey;
  problem?: boolean;
  disabled?: boolean;
  onChange(value: string): void;
}

/** A labelled select of Persian names (their slugs stay the values), with its "required" problem. */
export function Picker({
  name,
  label,
  value,
  options,
  empty = 'newPost.choose',
  problem,
  disabled,
  onChange,
}: PickerProps) {
  const t = useKenarT();
  const id = `pick-${name}`;
  return (
    <div class="kenar-field">
      <label class="label" for={id}>
        {t(label)}
      </label>
      <select
        id={id}
        class="input"
        data-testid={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">{t(empty)}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {problem ? (
        <p class="kenar-problem" role="alert" data-testid={`field-problem-${name}`}>
          {t('fieldProblem.required')}
        </p>
      ) : null}
    </div>
  );
}
