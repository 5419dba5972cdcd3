import { createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type ErrorInfo, toErrorInfo } from '@/lib/errors';
import { type KenarTextKey, kenarText } from '@/lib/kenar/i18n';
import { type CopySource, newPostQuery } from '@/lib/kenar/new-post-link';
import type { KENAR_PROTOCOL } from '@/lib/kenar/protocol';
import { type SendRaw, sendMessage } from '@/lib/messaging/client';
import type { RequestOf, ResponseOf } from '@/lib/messaging/protocol';
import { useLang } from '../i18n';

/** What Kenar components reach the background and the options page through (tests pass fakes). */
export interface KenarEnv {
  send: SendRaw;
  openOptions(): void;
  /** Opens the new listing (a copy of a post when given) in the options page, in a tab. */
  openNewPost(copy?: CopySource): void;
}

/** The Kenar environment; the real browser unless a surface provides another. */
export const KenarEnvContext = createContext<KenarEnv>({
  send: (message) => browser.runtime.sendMessage(message),
  openOptions: () => void browser.runtime.openOptionsPage(),
  openNewPost: (copy) =>
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html') + newPostQuery(copy) }),
});

/** A Kenar message name. */
export type KenarMessage = keyof typeof KENAR_PROTOCOL;

/** Returns a function that sends one Kenar message and resolves with its answer. */
export function useKenarSend() {
  const { send } = useContext(KenarEnvContext);
  return <K extends KenarMessage>(request: RequestOf<K>): Promise<ResponseOf<K>> =>
    sendMessage<K>(send, request);
}

/** Returns `t(key, values)` for the Kenar words in the current language. */
export function useKenarT() {
  const lang = useLang();
  return (key: KenarTextKey, values?: Record<string, string | number>) =>
    kenarText(lang, key, values);
}

/** The state of one piece of work a component starts. */
export type Task<T> =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'done'; data: T }
  | { status: 'failed'; error: ErrorInfo };

/** A task and the function that runs work in it (errors become the task's state). */
export function useTask<T>(): [Task<T>, (work: () => Promise<T>) => Promise<void>] {
  const [task, setTask] = useState<Task<T>>({ status: 'idle' });
  const run = async (work: () => Promise<T>) => {
    setTask({ status: 'busy' });
    try {
      setTask({ status: 'done', data: await work() });
    } catch (error) {
      setTask({ status: 'failed', error: toErrorInfo(error) });
    }
  };
  return [task, run];
}
