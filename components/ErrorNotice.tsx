import type { ErrorKind } from '@/lib/errors';
import { describeError } from '@/lib/i18n';
import { useLang } from './i18n';
import { TechDetail } from './TechDetail';

/** Props of ErrorNotice. */
export interface ErrorNoticeProps {
  kind: ErrorKind;
  /** Technical detail for bug reports, shown folded. */
  detail?: string;
  /** Its id, so a field can point at it (aria-describedby). */
  id?: string;
}

/** The one place an error becomes words: what happened and what fixes it, in the UI language. */
export function ErrorNotice({ kind, detail, id }: ErrorNoticeProps) {
  const { text, action } = describeError(useLang(), kind);
  return (
    <div class="notice notice--error" role="alert" data-testid="error" data-kind={kind} id={id}>
      <p class="notice__text">{text}</p>
      <p class="notice__action">{action}</p>
      <TechDetail detail={detail} />
    </div>
  );
}
