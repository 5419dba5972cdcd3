/** Props of SmallButton. */
export interface SmallButtonProps {
  label: string;
  onClick(): void;
  testId?: string;
  quiet?: boolean;
  disabled?: boolean;
}

/** The small button the Bazaar section uses everywhere (quiet for the secondary choice). */
export function SmallButton({ label, onClick, testId, quiet, disabled }: SmallButtonProps) {
  return (
    <button
      type="button"
      class={quiet ? 'button button--small button--quiet' : 'button button--small'}
      data-testid={testId}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
