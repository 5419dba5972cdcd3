/**
 * The wizard's effects: each action calls Bazaar through an injected API and tells the reducer
 * what happened. A failed upload is never retried by itself: the draft is read again and
 * compared first, and a new attempt waits for the user (and compares once more).
 */
import { toErrorInfo } from '../../errors';
import type { ApkInfo } from '../apk/read-apk';
import type { CommitForm } from '../commit-form';
import type { Architecture, PishkhanPackage, PishkhanRelease } from '../schemas';
import { codeOf, type FileItem } from './items';
import type { WizardEvent, WizardState } from './state';
import { verifyUpload } from './verify';

/** What the wizard asks of Bazaar and of the files (the page wires messages and the upload). */
export interface WizardApi {
  draft(): Promise<PishkhanRelease | null>;
  lastPublishedCode(): Promise<number | null>;
  create(): Promise<PishkhanRelease>;
  discard(): Promise<void>;
  upload(
    file: Blob,
    name: string,
    architecture: Architecture,
    onProgress: (sent: number, total: number) => void,
  ): Promise<PishkhanPackage>;
  commit(form: CommitForm): Promise<{ message?: string; release: PishkhanRelease }>;
  inspect(file: Blob): Promise<ApkInfo>;
  sha1(file: Blob): Promise<string>;
}

/** The architecture a file's name suggests (`app-arm64-v8a-release.apk`), else `all`. */
export function architectureFromName(name: string): Architecture {
  if (/arm64|v8a|aarch64/i.test(name)) return 'arm64-v8a';
  if (/armeabi|v7a|armv7/i.test(name)) return 'armeabi-v7a';
  return 'all';
}

/** Builds the wizard's actions over `api`, reading the state with `get` and reporting with `dispatch`. */
export function createWizardDriver(
  api: WizardApi,
  get: () => WizardState,
  dispatch: (event: WizardEvent) => void,
) {
  const blobs = new Map<string, Blob>();
  let serial = 0;
  const fail = (error: unknown) => dispatch({ type: 'failed', error: toErrorInfo(error) });

  const verify = async (item: FileItem) => {
    const outcome = verifyUpload(await api.draft(), { sha1: item.sha1, versionCode: codeOf(item) });
    dispatch({ type: 'verified', id: item.id, outcome });
    return outcome;
  };

  const upload = async (id: string) => {
    const item = get().items.find((candidate) => candidate.id === id);
    const blob = blobs.get(id);
    if (!item || !blob || (item.status !== 'ready' && item.status !== 'failed')) return;
    try {
      // A file that failed before may have landed after all: compare once more before sending.
      if (item.status === 'failed' && (await verify(item)).kind !== 'absent') return;
    } catch (error) {
      return dispatch({ type: 'unverified', id, error: toErrorInfo(error) });
    }
    dispatch({ type: 'upload-start', id });
    try {
      const pkg = await api.upload(blob, item.name, item.architecture, (sent, total) =>
        dispatch({ type: 'progress', id, sent, total }),
      );
      dispatch({ type: 'uploaded', id, package: pkg });
    } catch (error) {
      dispatch({ type: 'upload-failed', id, error: toErrorInfo(error) });
      // Not known whether it landed until the draft is read; a retry compares first anyway.
      await verify(item).catch((again: unknown) =>
        dispatch({ type: 'unverified', id, error: toErrorInfo(again) }),
      );
    }
  };

  return {
    /** Reads the open draft and the last published version code. */
    check: async () => {
      dispatch({ type: 'retry-check' });
      try {
        const draft = await api.draft();
        dispatch({ type: 'checked', draft, lastPublishedCode: await api.lastPublishedCode() });
      } catch (error) {
        fail(error);
      }
    },
    create: async () => {
      dispatch({ type: 'creating' });
      try {
        dispatch({ type: 'created', release: await api.create() });
      } catch (error) {
        fail(error);
      }
    },
    /** Deletes the draft; call only from a confirmation. */
    discard: async () => {
      dispatch({ type: 'discarding' });
      try {
        await api.discard();
        dispatch({ type: 'discarded' });
      } catch (error) {
        fail(error);
      }
    },
    /** Adds files: each is read (manifest, SHA-1) and judged. */
    addFiles: async (files: { blob: Blob; name: string }[]) => {
      for (const { blob, name } of files) {
        serial += 1;
        const id = `f${serial}`;
        blobs.set(id, blob);
        const architecture = architectureFromName(name);
        dispatch({
          type: 'add-file',
          item: { id, name, size: blob.size, architecture, status: 'reading' },
        });
        try {
          const info = await api.inspect(blob);
          dispatch({ type: 'file-read', id, info, sha1: await api.sha1(blob) });
        } catch (error) {
          dispatch({ type: 'file-read', id, error: toErrorInfo(error) });
        }
      }
    },
    upload,
    /** Uploads every ready file, one after the other. */
    uploadAll: async () => {
      for (const item of get().items) if (item.status === 'ready') await upload(item.id);
    },
    /** Sends the draft for review; only from the confirmation step. */
    commit: async () => {
      if (get().step !== 'confirm-commit') return;
      dispatch({ type: 'committing' });
      try {
        dispatch({ type: 'committed', ...(await api.commit(get().form)) });
      } catch (error) {
        fail(error);
      }
    },
  };
}

/** The wizard's actions. */
export type WizardDriver = ReturnType<typeof createWizardDriver>;
