import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { readApk } from '@/lib/pishkhan/apk/read-apk';
import { EMPTY_FORM } from '@/lib/pishkhan/commit-form';
import type { PishkhanPackage, PishkhanRelease } from '@/lib/pishkhan/schemas';
import {
  architectureFromName,
  createWizardDriver,
  type WizardApi,
} from '@/lib/pishkhan/wizard/driver';
import { startState, type WizardState, wizardReducer } from '@/lib/pishkhan/wizard/state';
import { makeApk } from '../../fixtures/pishkhan/make-apk';

const PKG = 'ir.example.app';
const apkFile = (versionCode?: number, packageName = PKG) =>
  new Blob([
    new Uint8Array(
      makeApk({ packageName, versionCode, versionName: `v${versionCode}`, seed: versionCode }),
    ),
  ]);

/** An in-memory Bazaar for the wizard: one draft, the last published code, scripted failures. */
function fakeBazaar(options: { draft?: PishkhanRelease | null; published?: number | null } = {}) {
  const bazaar = {
    draft: options.draft ?? null,
    calls: [] as string[],
    /** What the next upload does: store and answer, store and cut, or fail before storing. */
    nextUpload: 'ok' as 'ok' | 'cut-after-store' | 'cut-before-store',
  };
  const api: WizardApi = {
    draft: async () => {
      bazaar.calls.push('draft');
      return bazaar.draft;
    },
    lastPublishedCode: async () => options.published ?? null,
    create: async () => {
      bazaar.calls.push('create');
      bazaar.draft = { packages: [], staged_rollout_percentage: 100 };
      return bazaar.draft;
    },
    discard: async () => {
      bazaar.calls.push('discard');
      bazaar.draft = null;
    },
    upload: async (file, _name, architecture, onProgress) => {
      bazaar.calls.push(`upload ${architecture}`);
      onProgress(file.size / 2, file.size);
      const info = await readApk(file);
      const pkg: PishkhanPackage = {
        version_code: info.versionCode,
        sha1_hash: `SHA-${info.versionCode}`,
      };
      const mode = bazaar.nextUpload;
      bazaar.nextUpload = 'ok';
      if (mode !== 'cut-before-store') bazaar.draft?.packages?.push(pkg);
      if (mode !== 'ok') throw new AppError('pishkhan-network', 'the connection broke');
      return pkg;
    },
    commit: async (form) => {
      bazaar.calls.push(`commit ${form.rollout}`);
      const release = { ...bazaar.draft, id: '9', committed: true };
      bazaar.draft = null;
      return { message: 'Release successfully committed.', release };
    },
    inspect: (file) => readApk(file),
    sha1: async (file) => `local-${(await readApk(file)).versionCode}`,
  };
  return { bazaar, api };
}

function harness(api: WizardApi) {
  let state = startState(PKG);
  const seen: string[] = [];
  const dispatch = (event: Parameters<typeof wizardReducer>[1]) => {
    state = wizardReducer(state, event);
    if (seen.at(-1) !== state.step) seen.push(state.step);
  };
  const driver = createWizardDriver(api, () => state, dispatch);
  return { driver, get: () => state, seen, dispatch };
}

describe('the release wizard', () => {
  it('creates a draft when none is open, uploads two architectures, reviews and commits on confirm', async () => {
    const { bazaar, api } = fakeBazaar({ published: 41 });
    // The fake hashes like the file's sha1 the wizard computed, so nothing is a mismatch.
    api.sha1 = async (file) => `SHA-${(await readApk(file)).versionCode}`;
    const w = harness(api);
    await w.driver.check();
    expect(w.get().step).toBe('no-draft');
    await w.driver.create();
    await w.driver.addFiles([
      { blob: apkFile(42), name: 'app-armeabi-v7a-release.apk' },
      { blob: apkFile(43), name: 'app-arm64-v8a-release.apk' },
    ]);
    expect(w.get().items.map((i) => [i.status, i.architecture, i.versionCode])).toEqual([
      ['ready', 'armeabi-v7a', 42],
      ['ready', 'arm64-v8a', 43],
    ]);
    await w.driver.uploadAll();
    expect(w.get().items.map((i) => i.status)).toEqual(['uploaded', 'uploaded']);
    expect(w.get().items[0]?.progress?.sent).toBeGreaterThan(0);
    w.dispatch({ type: 'review' });
    w.dispatch({ type: 'ask-commit' });
    expect(w.get()).toMatchObject({ step: 'review', showProblems: true });
    w.dispatch({
      type: 'edit',
      form: { changelogFa: 'تازه‌ها', changelogEn: 'News', rollout: '۱۰' },
    });
    await w.driver.commit();
    expect(bazaar.calls).not.toContain('commit ۱۰');
    w.dispatch({ type: 'ask-commit' });
    expect(w.get().step).toBe('confirm-commit');
    await w.driver.commit();
    expect(w.get()).toMatchObject({
      step: 'done',
      result: { message: 'Release successfully committed.' },
    });
    expect(bazaar.calls).toEqual([
      'draft',
      'create',
      'upload armeabi-v7a',
      'upload arm64-v8a',
      'commit ۱۰',
    ]);
    expect(w.seen).toEqual([
      'checking',
      'no-draft',
      'creating',
      'files',
      'review',
      'confirm-commit',
      'committing',
      'done',
    ]);
  });

  it('offers an open draft: continue keeps its packages; discard asks first and can be cancelled', async () => {
    const draft = { packages: [{ version_code: 42, sha1_hash: 'x' }] };
    const { bazaar, api } = fakeBazaar({ draft, published: 41 });
    const w = harness(api);
    await w.driver.check();
    expect(w.get()).toMatchObject({ step: 'found-draft', createdByWizard: false });
    w.dispatch({ type: 'ask-discard' });
    expect(w.get().step).toBe('confirm-discard');
    w.dispatch({ type: 'cancel' });
    expect(w.get().step).toBe('found-draft');
    w.dispatch({ type: 'continue' });
    expect(w.get().step).toBe('files');
    w.dispatch({ type: 'review' });
    expect(w.get().step).toBe('review');
    expect(bazaar.calls).toEqual(['draft']);
  });

  it('refuses a non-APK, an old version code, another app and a duplicate; asks for an unreadable code', async () => {
    const { api } = fakeBazaar({ draft: { packages: [{ version_code: 44 }] }, published: 41 });
    const w = harness(api);
    await w.driver.check();
    w.dispatch({ type: 'continue' });
    await w.driver.addFiles([
      { blob: new Blob(['not a zip']), name: 'notes.txt' },
      { blob: apkFile(41), name: 'old.apk' },
      { blob: apkFile(50, 'ir.other.app'), name: 'other.apk' },
      { blob: apkFile(44), name: 'dup.apk' },
      { blob: apkFile(undefined), name: 'nocode.apk' },
    ]);
    expect(w.get().items.map((i) => [i.status, i.problem ?? i.error?.kind])).toEqual([
      ['refused', 'pishkhan-not-apk'],
      ['refused', 'version-too-low'],
      ['refused', 'other-package'],
      ['refused', 'duplicate-code'],
      ['needs-code', undefined],
    ]);
    w.dispatch({ type: 'set-code', id: 'f5', code: '۴۱' });
    expect(w.get().items[4]).toMatchObject({ status: 'refused', problem: 'version-too-low' });
    w.dispatch({ type: 'set-code', id: 'f5', code: '45' });
    expect(w.get().items[4]?.status).toBe('ready');
    w.dispatch({ type: 'review' });
    expect(w.get().step).toBe('files');
  });

  it('never retries a cut upload blindly: the draft is read and compared first', async () => {
    const { bazaar, api } = fakeBazaar({ published: 41 });
    api.sha1 = async (file) => `SHA-${(await readApk(file)).versionCode}`;
    const w = harness(api);
    await w.driver.check();
    await w.driver.create();
    await w.driver.addFiles([
      { blob: apkFile(42), name: 'a.apk' },
      { blob: apkFile(43), name: 'b.apk' },
    ]);
    bazaar.nextUpload = 'cut-after-store';
    await w.driver.upload('f1');
    expect(w.get().items[0]?.status).toBe('uploaded');
    bazaar.nextUpload = 'cut-before-store';
    await w.driver.upload('f2');
    expect(w.get().items[1]).toMatchObject({
      status: 'failed',
      error: { kind: 'pishkhan-network' },
    });
    await w.driver.upload('f2');
    expect(w.get().items[1]?.status).toBe('uploaded');
    expect(bazaar.calls).toEqual([
      'draft',
      'create',
      'upload all',
      'draft',
      'upload all',
      'draft',
      'draft',
      'upload all',
    ]);
  });

  it('shows a package with the same version code but another hash, never replacing it', async () => {
    const { bazaar, api } = fakeBazaar({ published: 41 });
    const w = harness(api);
    await w.driver.check();
    await w.driver.create();
    await w.driver.addFiles([{ blob: apkFile(42), name: 'a.apk' }]);
    bazaar.nextUpload = 'cut-after-store';
    await w.driver.upload('f1');
    expect(w.get().items[0]).toMatchObject({ status: 'mismatch', package: { version_code: 42 } });
    await w.driver.upload('f1');
    expect(bazaar.calls.filter((c) => c.startsWith('upload'))).toHaveLength(1);
  });

  it('offers to discard a draft it created when the user gives up, and only then', async () => {
    const { bazaar, api } = fakeBazaar({ published: null });
    const w = harness(api);
    await w.driver.check();
    await w.driver.create();
    w.dispatch({ type: 'give-up' });
    expect(w.get().step).toBe('offer-discard');
    await w.driver.discard();
    expect(w.get().step).toBe('no-draft');
    expect(bazaar.draft).toBeNull();
    const other = harness(fakeBazaar({ draft: { packages: [] } }).api);
    await other.driver.check();
    other.dispatch({ type: 'continue' });
    other.dispatch({ type: 'give-up' });
    expect(other.get().step).toBe('closed');
  });

  it('goes back where it was after a failure, with the error', async () => {
    const { api } = fakeBazaar();
    api.draft = async () => {
      throw new AppError(
        'pishkhan-forbidden',
        'You do not have permission to perform this action.',
      );
    };
    const w = harness(api);
    await w.driver.check();
    expect(w.get()).toMatchObject({ step: 'check-failed', error: { kind: 'pishkhan-forbidden' } });
    const reducer = (s: WizardState) =>
      wizardReducer(s, { type: 'failed', error: { kind: 'pishkhan-rate-limit', message: '' } });
    expect(reducer({ ...startState(PKG), step: 'committing' }).step).toBe('review');
    expect(reducer({ ...startState(PKG), step: 'creating' }).step).toBe('no-draft');
  });

  it('guesses the architecture from the file name', () => {
    expect(
      ['app-arm64-v8a.apk', 'x-armeabi-v7a.apk', 'universal.apk'].map(architectureFromName),
    ).toEqual(['arm64-v8a', 'armeabi-v7a', 'all']);
    expect(EMPTY_FORM.rollout).toBe('100');
  });
});
