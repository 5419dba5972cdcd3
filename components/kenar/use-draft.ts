import { useEffect, useRef } from 'preact/hooks';
import { isEmptyValue } from '@/lib/kenar/field-checks';
import type { NewPostInput } from '@/lib/kenar/schemas/new-post';
import { useKenarSend } from './kenar-env';

const QUIET_MS = 600;

const worthKeeping = (input: NewPostInput) =>
  input.photos.length > 0 ||
  input.title.trim() !== '' ||
  input.description.trim() !== '' ||
  !isEmptyValue(input.values);

/**
 * Keeps the new post being written as this browser's draft, a moment after each change (once
 * something was entered); `stop()` ends it for good, before the draft is dropped after posting.
 */
export function useDraft(input: NewPostInput, copiedFrom: string | undefined) {
  const send = useKenarSend();
  const stopped = useRef(false);
  const text = JSON.stringify(input);
  useEffect(() => {
    if (stopped.current || !worthKeeping(input)) return undefined;
    const timer = setTimeout(() => {
      if (stopped.current) return;
      const draft = { input, savedAt: Date.now(), ...(copiedFrom ? { copiedFrom } : {}) };
      void send<'kenarSaveDraft'>({ type: 'kenarSaveDraft', draft }).catch(() => undefined);
    }, QUIET_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return {
    stop: () => {
      stopped.current = true;
    },
  };
}
