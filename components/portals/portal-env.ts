import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type SendRaw, sendMessage } from '@/lib/messaging/client';
import type { RequestOf, ResponseOf } from '@/lib/messaging/protocol';
import { type PortalTextKey, portalText, portalWord } from '@/lib/portals/i18n';
import type { PORTALS_PROTOCOL } from '@/lib/portals/protocol';
import { useLang } from '../i18n';

/** What portal components reach the browser through (tests pass fakes). */
export interface PortalEnv {
  send: SendRaw;
  /** Asks for optional host permissions; must be called straight from a click. */
  requestOrigins(origins: string[]): Promise<boolean>;
}

/** The portal environment; the real browser unless a surface provides another. */
export const PortalEnvContext = createContext<PortalEnv>({
  send: (message) => browser.runtime.sendMessage(message),
  requestOrigins: (origins) => browser.permissions.request({ origins }),
});

type PortalMessage = keyof typeof PORTALS_PROTOCOL;

/** Returns a function that sends one portal message and resolves with its answer. */
export function usePortalSend() {
  const { send } = useContext(PortalEnvContext);
  return <K extends PortalMessage>(request: RequestOf<K>): Promise<ResponseOf<K>> =>
    sendMessage<K>(send, request);
}

/** Returns `t(key, values)` for the portal words, and `w(key)` for keys built at run time. */
export function usePortalT() {
  const lang = useLang();
  const t = (key: PortalTextKey, values?: Record<string, string | number>) =>
    portalText(lang, key, values);
  return Object.assign(t, { word: (key: string) => portalWord(lang, key) });
}

/** The portal status as the background answers it (account without password, the budget). */
export type PortalStatus = ResponseOf<'portalStatus'>;

/** Props of an options section that reads and changes the portal status. */
export interface PortalSectionProps {
  status: PortalStatus;
  onStatus(status: PortalStatus): void;
}
