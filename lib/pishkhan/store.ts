/**
 * Where Bazaar apps and their tokens are kept: `storage.local` beside the Kenar key (never
 * synced), one token per package name, zod-checked when read. Only the background and the options
 * page (for an upload) read a token; what the UI is told is a hint of its last four characters.
 */
import { z } from 'zod';
import type { LocalArea } from '../kenar/store';
import { lazySchema } from '../schema/lazy';

const KEY = 'local:pishkhan:apps:v1';

const appsSchema = lazySchema(() =>
  z.record(z.string(), z.object({ token: z.string(), addedAt: z.number() })),
);

/** An app as the UI sees it: never its token. */
export interface BazaarApp {
  packageName: string;
  tokenHint: string;
  addedAt: number;
}

/** The last four characters of a token, as the UI may show it. */
export const tokenHint = (token: string) => `…${token.slice(-4)}`;

/** Builds the store over a storage area. */
export function createPishkhanStore(area: LocalArea) {
  const all = async () => {
    const parsed = appsSchema.safeParse(await area.getItem<unknown>(KEY));
    return parsed.success ? parsed.data : {};
  };
  return {
    /** Every app, by package name, without tokens. */
    apps: async (): Promise<BazaarApp[]> =>
      Object.entries(await all())
        .map(([packageName, app]) => ({
          packageName,
          tokenHint: tokenHint(app.token),
          addedAt: app.addedAt,
        }))
        .sort((a, b) => a.packageName.localeCompare(b.packageName)),
    /** The token of one app, or undefined. */
    token: async (packageName: string) => (await all())[packageName]?.token,
    /** Saves (or replaces) one app's token. */
    save: async (packageName: string, token: string, now: number) => {
      const apps = await all();
      await area.setItem(KEY, {
        ...apps,
        [packageName]: { token, addedAt: apps[packageName]?.addedAt ?? now },
      });
    },
    /** Forgets one app and its token. */
    remove: async (packageName: string) => {
      const { [packageName]: _, ...rest } = await all();
      await area.setItem(KEY, rest);
    },
  };
}

/** The store's type. */
export type PishkhanStore = ReturnType<typeof createPishkhanStore>;

// Android's rule: two or more dot-separated segments, each a letter then letters, digits or _.
const PACKAGE_NAME = /^[a-zA-Z][a-zA-Z0-9_]*(\.[a-zA-Z][a-zA-Z0-9_]*)+$/;

/** Whether `text` is an Android package name (`ir.example.app`). */
export const isPackageName = (text: string) => PACKAGE_NAME.test(text) && text.length <= 255;
