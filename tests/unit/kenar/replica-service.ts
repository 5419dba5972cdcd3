/** A Kenar service on the replica, signed in by following the consent page (not a test file). */
import { systemClock } from '@/lib/http/clock';
import { createKenarService, type KenarService } from '@/lib/kenar/service';
import { DEMO_APP } from '../../replica/kenar/state.ts';
import { TEST_REDIRECT } from '../../replica/kenar/test-support.ts';
import { memoryArea } from './memory-area.ts';
import { nodePkce } from './node-pkce.ts';

/** The service, and every authorize URL it opened (newest last). */
export interface ReplicaService {
  kenar: KenarService;
  launched: string[];
}

/** Builds a service over `fetch` with the demo app's settings saved. */
export async function replicaService(fetch: typeof globalThis.fetch): Promise<ReplicaService> {
  const launched: string[] = [];
  const kenar = createKenarService({
    fetch,
    clock: systemClock,
    random: Math.random,
    area: memoryArea(),
    redirectUri: TEST_REDIRECT,
    randomState: () => `state-${launched.length}-abcdef`,
    pkce: nodePkce,
    sha256: async (text) => `hash-of-${text}`,
    // The consent page is approved by following its link, as a user would click it.
    launchAuthFlow: async (url) => {
      launched.push(url);
      const first = await fetch(url);
      if (first.status === 302) return first.headers.get('location') ?? '';
      const page = await first.text();
      const approve = /id="approve"[^>]*href="([^"]+)"/.exec(page)?.[1]?.replaceAll('&amp;', '&');
      const answer = approve ? await fetch(`https://oauth.divar.ir${approve}`) : undefined;
      const location = answer?.headers.get('location');
      if (!location) throw new Error(`no redirect: ${page.slice(0, 200)}`);
      return location;
    },
  });
  await kenar.saveSettings({
    apiKey: DEMO_APP.apiKey,
    appSlug: DEMO_APP.slug,
    clientSecret: DEMO_APP.clientSecret,
  });
  return { kenar, launched };
}
