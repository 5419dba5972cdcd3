import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBinaryXml } from '@/lib/pishkhan/apk/binary-xml';
import { readApk } from '@/lib/pishkhan/apk/read-apk';
import { zipEntryNames } from '@/lib/pishkhan/apk/zip';
import { binaryManifest, makeApk } from '../../fixtures/pishkhan/make-apk';

const blob = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)]);
const full = {
  packageName: 'ir.example.app',
  versionCode: 42,
  versionName: '4.2.0',
  minSdk: 21,
  targetSdk: 34,
};

describe('reading an APK', () => {
  it.each([
    ['UTF-16 pool (aapt)', false],
    ['UTF-8 pool (aapt2)', true],
  ])('reads package, version code and name, SDK levels (%s)', async (_, utf8) => {
    expect(await readApk(blob(makeApk({ ...full, utf8 })))).toEqual({ ...full, unread: [] });
  });

  it('reads a stored (not deflated) manifest and a large version code', async () => {
    const apk = zipSync({
      'AndroidManifest.xml': [
        binaryManifest({ ...full, versionCode: 2_100_000_001 }),
        { level: 0 },
      ],
    });
    expect((await readApk(blob(apk))).versionCode).toBe(2_100_000_001);
  });

  it('finds attributes by resource id when an obfuscator blanked their names', async () => {
    const info = await readApk(blob(makeApk({ ...full, stripNames: true })));
    expect(info).toMatchObject({ versionCode: 42, versionName: '4.2.0', minSdk: 21, unread: [] });
  });

  it('names the fields it could not read, and why', async () => {
    const info = await readApk(
      blob(makeApk({ packageName: 'ir.example.app', versionName: { reference: 0x7f0e0001 } })),
    );
    expect(info.packageName).toBe('ir.example.app');
    expect(info.unread).toEqual([
      { field: 'versionCode', why: 'not in the manifest' },
      { field: 'versionName', why: 'a resource reference (@0x7f0e0001)' },
    ]);
  });

  it('names every field when the manifest is text XML, not binary', async () => {
    const text = new TextEncoder().encode('<manifest package="a.b"/>');
    const info = await readApk(blob(zipSync({ 'AndroidManifest.xml': text })));
    expect(info.unread.map((u) => u.field)).toEqual(['packageName', 'versionCode', 'versionName']);
    expect(info.unread[0]?.why).toMatch(/not binary XML/);
  });

  it.each([
    ['a text file', new TextEncoder().encode('hello, not an apk'), /not a zip/],
    [
      'a zip without a manifest',
      zipSync({ 'a.txt': new Uint8Array(3) }),
      /without AndroidManifest/,
    ],
    [
      'an app bundle',
      zipSync({ 'base/manifest/AndroidManifest.xml': new Uint8Array(3) }),
      /App Bundle/,
    ],
    ['an empty file', new Uint8Array(0), /not a zip/],
  ])('refuses %s as pishkhan-not-apk', async (_, bytes, message) => {
    await expect(readApk(blob(bytes))).rejects.toMatchObject({ kind: 'pishkhan-not-apk', message });
  });

  it('lists the zip’s entries from its central directory', async () => {
    expect(await zipEntryNames(blob(makeApk(full)))).toContain('classes.dex');
  });

  it('refuses a truncated binary manifest with a reason', () => {
    const bytes = binaryManifest(full).slice(0, 60);
    expect(() => readBinaryXml(bytes)).toThrow(/truncated|chunk/);
  });
});
