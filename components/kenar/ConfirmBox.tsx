import { useKenarT } from './kenar-env';

/** Props of ConfirmBox. */
export interface ConfirmBoxProps {
  /** Names its test ids: `<name>-confirm`, `<name>-yes`, `<name>-cancel`. */
  name: string;
  text: string;
  yes: string;
  danger?: boolean;
  busy?: boolean;
  onYes(): void;
  onNo(): void;
}

/** The second step of a write that cannot be undone: the question, yes and cancel. */
export function ConfirmBox({ name, text, yes, danger, busy, onYes, onNo }: ConfirmBoxProps) {
  const t = useKenarT();
  return (
    <div class="notice notice--warn" role="alertdialog" data-testid={`${name}-confirm`}>
      <p>{text}</p>
      <div class="actions">
        <button
          type="button"
          class={`button${danger ? ' button--danger' : ''}`}
          data-testid={`${name}-yes`}
          disabled={busy}
          onClick={onYes}
        >
          {yes}
        </button>
        <button
          type="button"
          class="button button--secondary"
          data-testid={`${name}-cancel`}
          onClick={onNo}
        >
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
