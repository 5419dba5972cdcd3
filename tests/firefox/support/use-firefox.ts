import { afterAll, beforeAll } from 'vitest';
import { type FirefoxSession, type StartOptions, startFirefox } from './firefox.ts';

/**
 * One Firefox for the spec file that calls this: started before its first test, closed after
 * its last. The returned function gives the running session.
 */
export function useFirefox(options: StartOptions = {}): () => FirefoxSession {
  let session: FirefoxSession | undefined;
  beforeAll(async () => {
    session = await startFirefox(options);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('Firefox is not running (useFirefox runs in beforeAll)');
    return session;
  };
}
