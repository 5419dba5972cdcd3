import { useState } from 'preact/hooks';
import { AppError, type ErrorKind } from '@/lib/errors';
import { useT } from './i18n';

/** Props of CopyButton. */
export interface CopyButtonProps {
  text: string;
  /** The button's words; "Copy" when omitted. */
  label?: string;
  testId?: string;
  onError(kind: ErrorKind): void;
}

/** A button that copies `text` and says so for a moment. */
export function CopyButton({ text, label, testId, onError }: CopyButtonProps) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch (error) {
      onError(error instanceof AppError ? error.kind : 'clipboard');
    }
  };
  return (
    <>
      <button type="button" class="button button--small" data-testid={testId} onClick={copy}>
        {copied ? t('copied') : (label ?? t('copy'))}
      </button>
      {/* Screen readers hear "copied" too, not only who looks at the button. */}
      <span class="sr-only" role="status" data-testid={testId ? `${testId}-said` : undefined}>
        {copied ? t('copied') : ''}
      </span>
    </>
  );
}
