import { SmallButton } from './SmallButton';

/** Props of Confirm. */
export interface ConfirmProps {
  text: string;
  yes: string;
  no: string;
  onYes(): void;
  onNo(): void;
  testId: string;
}

/** A question asked before something that cannot be undone: the yes and the way out. */
export function Confirm({ text, yes, no, onYes, onNo, testId }: ConfirmProps) {
  return (
    <div class="notice notice--warn" role="alertdialog" data-testid={testId}>
      <p class="notice__text">{text}</p>
      <div class="actions">
        <SmallButton label={yes} onClick={onYes} testId={`${testId}-yes`} />
        <SmallButton label={no} onClick={onNo} testId={`${testId}-no`} quiet />
      </div>
    </div>
  );
}
