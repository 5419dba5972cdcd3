import { AppError } from '../errors';

/** Puts text on the system clipboard or throws a `clipboard` AppError. */
export type CopyText = (text: string) => Promise<void>;

/** The message the background sends its offscreen document to copy text. */
export interface OffscreenCopyMessage {
  target: 'offscreen';
  type: 'copy';
  text: string;
}

/** The parts of Chrome's offscreen API and messaging the offscreen copier needs. */
export interface OffscreenDeps {
  hasDocument(): Promise<boolean>;
  createDocument(): Promise<void>;
  send(message: OffscreenCopyMessage): Promise<unknown>;
}

/**
 * Copies from an MV3 service worker, which has no DOM: through an offscreen document (reason
 * CLIPBOARD) that is created on first use and kept for later copies.
 */
export function createOffscreenCopy(deps: OffscreenDeps): CopyText {
  let creating: Promise<void> | undefined;
  const ensureDocument = async () => {
    if (await deps.hasDocument()) return;
    creating ??= deps.createDocument().finally(() => {
      creating = undefined;
    });
    await creating;
  };
  return async (text) => {
    try {
      await ensureDocument();
      const reply = (await deps.send({ target: 'offscreen', type: 'copy', text })) as
        | { ok?: boolean; error?: string }
        | undefined;
      if (reply?.ok !== true) throw new Error(reply?.error ?? 'offscreen document did not copy');
    } catch (error) {
      throw new AppError('clipboard', error instanceof Error ? error.message : String(error), {
        cause: error,
      });
    }
  };
}

/** Copies where a DOM clipboard exists (Firefox's background page, extension pages). */
export function createNavigatorCopy(clipboard: Pick<Clipboard, 'writeText'>): CopyText {
  return async (text) => {
    try {
      await clipboard.writeText(text);
    } catch (error) {
      throw new AppError('clipboard', error instanceof Error ? error.message : String(error));
    }
  };
}

/** Copies with a hidden textarea and `execCommand('copy')`, the way offscreen documents must. */
export function copyWithTextarea(doc: Document, text: string): boolean {
  const area = doc.createElement('textarea');
  area.value = text;
  doc.body.append(area);
  area.select();
  try {
    return doc.execCommand('copy');
  } finally {
    area.remove();
  }
}
