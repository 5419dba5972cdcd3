import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type AlertTextKey, alertText } from '@/lib/alerts/i18n';
import type { ALERTS_PROTOCOL } from '@/lib/alerts/protocol';
import { sendMessage } from '@/lib/messaging/client';
import type { RequestOf, ResponseOf } from '@/lib/messaging/protocol';
import { useLang } from '../i18n';
import { useServices } from '../services';

/** Asks for an optional host permission; must be called straight from a click. */
export type RequestOrigins = (origins: string[]) => Promise<boolean>;

/** How alert components ask for host permissions (tests may pass a fake). */
export const RequestOriginsContext = createContext<RequestOrigins>((origins) =>
  browser.permissions.request({ origins }),
);

/** The permission request of the surrounding surface. */
export const useRequestOrigins = () => useContext(RequestOriginsContext);

type AlertMessage = keyof typeof ALERTS_PROTOCOL;

/** Returns a function that sends one alert message and resolves with its answer. */
export function useAlertSend() {
  const { send } = useServices();
  return <K extends AlertMessage>(request: RequestOf<K>): Promise<ResponseOf<K>> =>
    sendMessage<K>(send, request);
}

/** Returns `t(key, values)` for the alert words in the current UI language. */
export function useAlertT() {
  const lang = useLang();
  return (key: AlertTextKey, values?: Record<string, string | number>) =>
    alertText(lang, key, values);
}
