import { expect, test } from './fixtures.ts';
import { createForeignExtension } from './support/foreign-extension.ts';

interface Envelope {
  ok: boolean;
  error?: { kind: string };
}

/**
 * The background listens to no other extension: there is no onMessageExternal listener, so a
 * message from one finds no receiver at all (and the router would refuse it by sender.id anyway).
 */
test.describe('messages from another extension', () => {
  const foreignDir = createForeignExtension({ name: 'security-foreign' });
  test.use({ extraExtensionDirs: [foreignDir] });

  for (const message of [{ type: 'ping' }, { type: 'getTabPage', tabId: 1 }]) {
    test(`find no receiver: ${message.type}`, async ({ workerOf, extensionId, sendMessage }) => {
      const foreign = await workerOf(foreignDir);
      const answer = await foreign.evaluate(
        ({ id, m }) =>
          (self as unknown as { send(id: string, m: unknown): Promise<Envelope> }).send(id, m).then(
            (reply) => ({ reply }),
            (error: Error) => ({ error: error.message }),
          ),
        { id: extensionId, m: message },
      );
      expect(answer).toEqual({ error: expect.stringMatching(/Receiving end does not exist/) });
      // The same message from our own page is answered, so the silence is about the sender.
      expect(await sendMessage<Envelope>({ type: 'ping' })).toMatchObject({ ok: true });
    });
  }
});
