import { describe, expect, it, vi } from 'vitest';
import { createNavigatorCopy, createOffscreenCopy } from '@/lib/clipboard/copy-text';

describe('createOffscreenCopy', () => {
  it('creates the offscreen document once, even for copies racing each other', async () => {
    let exists = false;
    const createDocument = vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      exists = true;
    });
    const send = vi.fn(async (_message: unknown) => ({ ok: true }));
    const copy = createOffscreenCopy({ hasDocument: async () => exists, createDocument, send });
    await Promise.all([copy('a'), copy('b')]);
    await copy('c');
    expect(createDocument).toHaveBeenCalledTimes(1);
    expect(send.mock.calls.map(([message]) => message)).toEqual([
      { target: 'offscreen', type: 'copy', text: 'a' },
      { target: 'offscreen', type: 'copy', text: 'b' },
      { target: 'offscreen', type: 'copy', text: 'c' },
    ]);
  });

  it.each([
    [
      'the document refuses',
      async () => ({ ok: false, error: 'execCommand(copy) refused' }),
      'refused',
    ],
    ['nobody answers', async () => undefined, 'did not copy'],
    ['messaging fails', async () => Promise.reject(new Error('no receiver')), 'no receiver'],
  ])('throws a clipboard error when %s', async (_name, send, detail) => {
    const copy = createOffscreenCopy({
      hasDocument: async () => true,
      createDocument: async () => {},
      send,
    });
    await expect(copy('x')).rejects.toMatchObject({
      kind: 'clipboard',
      message: expect.stringContaining(detail),
    });
  });
});

describe('createNavigatorCopy', () => {
  it('writes through the clipboard and types its failures', async () => {
    const writeText = vi.fn(async () => {});
    await createNavigatorCopy({ writeText })('token');
    expect(writeText).toHaveBeenCalledWith('token');
    const failing = createNavigatorCopy({
      writeText: async () => Promise.reject(new Error('denied')),
    });
    await expect(failing('x')).rejects.toMatchObject({ kind: 'clipboard' });
  });
});
