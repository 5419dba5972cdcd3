// Every message type × every kind of sender. The table below names who may send each message;
// a new message type fails the first test until it is added here, so none can skip the check.
import { describe, expect, it } from 'vitest';
import { type MessageOrigin, type MessageType, PROTOCOL } from '@/lib/messaging/protocol';
import { createMessageRouter, type Handlers } from '@/lib/messaging/router';
import type { Sender } from '@/lib/messaging/sender';

const CONTENT: MessageType[] = [
  'pageSeen',
  'pageFetchAll',
  'pageRequestText',
  'pageDetailsJson',
  'pageOpenResults',
  'pageKnownTokens',
  'pageOpenDetails',
  'pageWatch',
  'pageCards',
  'pagePostHistory',
];
const EXTENSION: MessageType[] = [
  'ping',
  'getTabPage',
  'takeLastError',
  'clearAllData',
  'kenarStatus',
  'kenarSaveSettings',
  'kenarTestKey',
  'kenarConnect',
  'kenarDisconnect',
  'kenarGetPost',
  'kenarUserIdByPhone',
  'kenarMyPosts',
  'kenarUserPost',
  'kenarPostStats',
  'kenarCategoryForm',
  'kenarEditFields',
  'kenarEditPost',
  'kenarDeletePost',
  'kenarSetButton',
  'kenarDeleteButton',
  'kenarSearch',
  'startCrawl',
  'startDetails',
  'pauseDetails',
  'searchCount',
  'startTokens',
  'collectionGet',
  'collectionClear',
  'jobExported',
  'pauseJob',
  'resumeJob',
  'cancelJob',
  'listJobs',
  'jobListings',
  'postDetails',
  'postContact',
  'watchSearch',
  'listWatches',
  'updateWatch',
  'deleteWatch',
  'watchHits',
  'markWatchSeen',
  'pishkhanApps',
  'pishkhanAddApp',
  'pishkhanRemoveApp',
  'pishkhanTestToken',
  'pishkhanStatus',
  'pishkhanDraft',
  'pishkhanCreate',
  'pishkhanDiscard',
  'pishkhanCommit',
  'kenarCanSubmit',
  'kenarNewPostSetup',
  'kenarDistricts',
  'kenarSubmitForm',
  'kenarCopySource',
  'kenarPhotoPiece',
  'kenarDropPhoto',
  'kenarSubmitPost',
  'kenarDraft',
  'kenarSaveDraft',
  'kenarDropDraft',
  'kenarBusinesses',
  'kenarWhoAmI',
  'kenarSetBusinessButton',
  'kenarDeleteBusinessButton',
  'portalStatus',
  'portalSaveAccount',
  'portalRemoveAccount',
  'portalTest',
  'portalRegions',
  'portalPreview',
  'portalDryRun',
  'portalPush',
  'portalJob',
  'portalJobs',
  'portalPause',
  'portalResume',
  'portalCancel',
  'portalRemove',
  'alertTargets',
  'alertAdd',
  'alertRemove',
  'alertTest',
  'alertRetry',
  'historyStatus',
  'setPassiveRecording',
  'jobChanges',
];

const self = { id: 'our-id', baseUrl: 'chrome-extension://our-id/' };
const divar = 'https://divar.ir/s/tehran';

/** Every kind of sender the browser can report, and which origin (if any) it may speak for. */
const SENDERS: [string, Sender, MessageOrigin | undefined][] = [
  ['our popup', { id: 'our-id', url: 'chrome-extension://our-id/popup.html' }, 'extension'],
  [
    'our page in a tab',
    {
      id: 'our-id',
      url: 'chrome-extension://our-id/results.html',
      tab: { id: 4, url: 'chrome-extension://our-id/results.html' },
    },
    'extension',
  ],
  [
    'our offscreen page',
    { id: 'our-id', url: 'chrome-extension://our-id/offscreen.html' },
    'extension',
  ],
  [
    'our content script, divar top frame',
    { id: 'our-id', url: divar, frameId: 0, tab: { id: 7, url: divar } },
    'content',
  ],
  [
    'our content script, divar sub-frame',
    { id: 'our-id', url: divar, frameId: 2, tab: { id: 7, url: divar } },
    undefined,
  ],
  [
    'our content script, another site',
    {
      id: 'our-id',
      url: 'https://divar.ir.evil.example/',
      frameId: 0,
      tab: { id: 8, url: 'https://divar.ir.evil.example/' },
    },
    undefined,
  ],
  ['our content script, no tab', { id: 'our-id', url: divar, frameId: 0 }, undefined],
  [
    'another extension’s page',
    { id: 'other-id', url: 'chrome-extension://other-id/popup.html' },
    undefined,
  ],
  [
    'another extension’s content script on divar',
    { id: 'other-id', url: divar, frameId: 0, tab: { id: 7, url: divar } },
    undefined,
  ],
  ['a web page (externally_connectable)', { url: divar, tab: { id: 7, url: divar } }, undefined],
  [
    'another id claiming our URL',
    { id: 'other-id', url: 'chrome-extension://our-id/popup.html' },
    undefined,
  ],
  ['a sender with nothing', {}, undefined],
];

function route() {
  const calls: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_target, type: string) => () => {
      calls.push(type);
      return {};
    },
  });
  return { calls, route: createMessageRouter(handlers, self) };
}

describe('sender × message type', () => {
  it('names who may send every message of the protocol, and nothing else', () => {
    expect([...CONTENT, ...EXTENSION].sort()).toEqual(Object.keys(PROTOCOL).sort());
    for (const type of CONTENT) expect(PROTOCOL[type].from, type).toBe('content');
    for (const type of EXTENSION) expect(PROTOCOL[type].from, type).toBe('extension');
  });

  const cases = Object.keys(PROTOCOL).flatMap((type) =>
    SENDERS.map(([name, sender, speaksFor]) => ({ type, name, sender, speaksFor })),
  );
  it.each(cases)('$type from $name', async ({ type, sender, speaksFor }) => {
    const { route: send, calls } = route();
    const allowed = speaksFor === PROTOCOL[type as MessageType].from;
    const reply = await send({ type }, sender);
    if (allowed) {
      expect(reply.ok || reply.error.kind).not.toBe('forbidden-sender');
    } else {
      expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden-sender' } });
      expect(calls).toEqual([]);
    }
  });
});
