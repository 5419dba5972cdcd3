/**
 * The Bazaar calls of an extension page: messages to the background for reads, create, discard
 * and commit (each 429 waited out here, where the wait can be shown), and the upload itself from
 * the page, with the token read from storage.local and XMLHttpRequest's progress.
 */
import type { Clock } from '../http/clock';
import type { LocalArea } from '../kenar/store';
import { type SendRaw, sendMessage } from '../messaging/client';
import type { MessageType, RequestOf, ResponseOf } from '../messaging/protocol';
import { readApk } from './apk/read-apk';
import { type RateLimitWait, withRateLimitRetry } from './backoff';
import { createPishkhanClient } from './client';
import { createPishkhanStore } from './store';
import type { Transport } from './transport';
import type { WizardApi } from './wizard/driver';

/** What the page's Bazaar calls are built from (the options page passes the browser's). */
export interface PageDeps {
  send: SendRaw;
  area: LocalArea;
  /** XMLHttpRequest in the page (upload progress); a fake in tests. */
  uploadTransport: Transport;
  clock: Clock;
  random: () => number;
  /** SHA-1 of the bytes (crypto.subtle in the page). */
  sha1(data: ArrayBuffer): Promise<string>;
}

/** How one page call may wait out 429s: tell the UI, stop when asked. */
export interface WaitHooks {
  onWait?(wait: RateLimitWait): void;
  signal?: AbortSignal;
}

/** Sends one Bazaar message, waiting out each 429 as the backoff policy says. */
export function sendWithBackoff<K extends MessageType>(
  deps: PageDeps,
  request: RequestOf<K>,
  hooks: WaitHooks = {},
): Promise<ResponseOf<K>> {
  return withRateLimitRetry(() => sendMessage<K>(deps.send, request), { ...deps, ...hooks });
}

/** The wizard's API for one app. */
export function createWizardApi(deps: PageDeps, packageName: string, hooks: WaitHooks): WizardApi {
  const send = <K extends MessageType>(request: RequestOf<K>) =>
    sendWithBackoff<K>(deps, request, hooks);
  const store = createPishkhanStore(deps.area);
  const client = createPishkhanClient({
    transport: deps.uploadTransport,
    token: async () => (await store.token(packageName)) ?? '',
  });
  return {
    draft: () => send<'pishkhanDraft'>({ type: 'pishkhanDraft', packageName }),
    lastPublishedCode: async () =>
      (await send<'pishkhanTestToken'>({ type: 'pishkhanTestToken', packageName }))
        .lastPublishedCode,
    create: () => send<'pishkhanCreate'>({ type: 'pishkhanCreate', packageName }),
    discard: async () => {
      await send<'pishkhanDiscard'>({ type: 'pishkhanDiscard', packageName, confirmed: true });
    },
    // Never through the backoff: an upload is not repeated without comparing the draft first.
    upload: async (file, name, architecture, onProgress) =>
      (await client.upload(file, name, architecture, { onProgress, signal: hooks.signal })).package,
    commit: (form) =>
      send<'pishkhanCommit'>({ type: 'pishkhanCommit', packageName, form, confirmed: true }),
    inspect: (file) => readApk(file),
    sha1: async (file) => deps.sha1(await file.arrayBuffer()),
  };
}
