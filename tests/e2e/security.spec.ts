import { expect, test } from './fixtures.ts';
import { createForeignExtension } from './support/foreign-extension.ts';

interface Envelope {
  ok: boolean;
  error?: { kind: string };
}

/** The background trusts only this extension's own pages and content scripts (sender.id). */
test.describe('messages from another extension', () => {
  const foreignDir = createForeignExtension({ name: 'security-foreign' });
  test.use({ extraExtensionDirs: [foreignDir] });

  for (const message of [{ type: 'ping' }, { type: 'getTabPage', tabId: 1 }]) {
    test(`are refused: ${message.type}`, async ({ workerOf, extensionId, sendMessage }) => {
      const foreign = await workerOf(foreignDir);
      const answer = await foreign.evaluate(
        ({ id, m }) =>
          (self as unknown as { send(id: string, m: unknown): Promise<Envelope> }).send(id, m),
        { id: extensionId, m: message },
      );
      expect(answer).toMatchObject({ ok: false, error: { kind: 'forbidden-sender' } });
      // The same message from our own page is answered, so the refusal is about the sender.
      expect(await sendMessage<Envelope>({ type: 'ping' })).toMatchObject({ ok: true });
    });
  }
});
