import { useState } from 'preact/hooks';

/** Props of CommitInput: the committed text to show, and what to do with a finished edit. */
export interface CommitInputProps {
  value: string;
  onCommit(text: string): void;
  class?: string;
  id?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  placeholder?: string;
  'data-testid'?: string;
  'aria-label'?: string;
}

/**
 * A text input that keeps what the user types while they type and hands it over when the edit
 * ends (blur or Enter), so a re-render of the page meanwhile (rows streaming in, a preview
 * arriving) cannot wipe a half-typed number.
 */
export function CommitInput({ value, onCommit, ...rest }: CommitInputProps) {
  const [draft, setDraft] = useState<string | undefined>();
  return (
    <input
      {...rest}
      value={draft ?? value}
      onInput={(e) => setDraft(e.currentTarget.value)}
      onChange={(e) => {
        setDraft(undefined);
        onCommit(e.currentTarget.value);
      }}
    />
  );
}
