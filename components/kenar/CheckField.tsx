/** Props of CheckField. */
export interface CheckFieldProps {
  testId: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

/** A checkbox with its words beside it, the whole line clickable. */
export function CheckField({ testId, label, checked, onChange }: CheckFieldProps) {
  return (
    <label class="label kenar-check">
      <input
        id={testId}
        type="checkbox"
        data-testid={testId}
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />{' '}
      {label}
    </label>
  );
}
