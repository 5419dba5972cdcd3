/**
 * What Bazaar does to an app's releases, as the page says (and, where it is silent, as guessed):
 * one draft at a time, packages added to it, commit with the review fields, the three `last-*`.
 * Every refusal is `PkError` with Bazaar's `type` and message; messages marked "guess" are ours.
 */
import { createHash } from 'node:crypto';
import { readApk } from '../../../lib/pishkhan/apk/read-apk.ts';
import type { FormPart } from './multipart.ts';
import {
  bazaarDate,
  bazaarDateTime,
  type PishkhanState,
  type PkApp,
  type PkPackage,
} from './state.ts';

/** A refusal: status, Bazaar's `type` and its message. */
export class PkError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** The page's own words. */
export const WORDS = {
  noDraft: 'There is not an uncommitted release.',
  forbidden: 'You do not have permission to perform this action.',
  tooMany: 'Too many requests',
};

const bad = (message: string) => new PkError(400, 'bad_request', message);
const ARCHITECTURES = ['all', 'armeabi-v7a', 'arm64-v8a'];

/** The draft, or the page's 400. */
export function draftOf(app: PkApp) {
  if (!app.draft) throw bad(WORDS.noDraft);
  return app.draft;
}

/** Creates the draft: rollout 100, auto-publish off, empty changelogs (the page). */
export function createDraft(app: PkApp, now: number) {
  if (app.draft) throw bad('There is an uncommitted release already.'); // guess
  app.draft = {
    creation_date: bazaarDateTime(now),
    packages: [],
    auto_publish: false,
    staged_rollout_percentage: 100,
    changelog_fa: '',
    changelog_en: '',
  };
  return app.draft;
}

function lastPublishedCode(app: PkApp): number {
  const index = app.published.at(-1);
  const release = index === undefined ? undefined : app.committed[index];
  return Math.max(0, ...(release?.packages ?? []).map((p) => p.version_code));
}

/** Adds an uploaded APK to the draft; returns the package and how to take it back. */
export async function addPackage(app: PkApp, parts: FormPart[], now: number) {
  const draft = draftOf(app);
  const architecture = parts.find((p) => p.name === 'architecture')?.data.toString('utf8') ?? '';
  const apk = parts.find((p) => p.name === 'apk' && p.fileName !== undefined);
  if (!ARCHITECTURES.includes(architecture))
    throw bad(`"${architecture}" is not a valid choice for architecture.`); // guess
  if (!apk || apk.data.length === 0) throw bad('apk: No file was submitted.'); // guess
  const info = await readApk(new Blob([new Uint8Array(apk.data)])).catch(() => undefined);
  if (!info || info.versionCode === undefined) throw bad('The uploaded file is not a valid apk.'); // guess
  if (info.packageName && info.packageName !== app.packageName)
    throw bad(`Package name ${info.packageName} does not match ${app.packageName}.`); // guess
  const floor = lastPublishedCode(app);
  if (info.versionCode <= floor) throw bad(`Version code must be greater than ${floor}.`); // guess
  if (draft.packages.some((p) => p.version_code === info.versionCode))
    throw bad(`A package with version code ${info.versionCode} already exists.`); // guess
  const pkg: PkPackage = {
    apk_size: apk.data.length,
    sha1_hash: createHash('sha1').update(apk.data).digest('hex'),
    version_code: info.versionCode,
    version_name: info.versionName ?? '',
    api_level: info.minSdk ?? 0,
    target_api_level: info.targetSdk ?? 0,
    upload_date: bazaarDate(now),
    cpu_architectures: architecture === 'all' ? '' : architecture,
    dpi: 1,
    locale: 'en',
    additional_files: [],
  };
  draft.packages.push(pkg);
  return { pkg, undo: () => draft.packages.splice(draft.packages.indexOf(pkg), 1) };
}

/** Commits the draft with the review fields (the page's five; types checked as a server would). */
export function commitDraft(app: PkApp, state: PishkhanState, body: unknown) {
  const draft = draftOf(app);
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const rollout = fields.staged_rollout_percentage;
  if (typeof rollout !== 'number' || !Number.isInteger(rollout) || rollout < 1 || rollout > 100)
    throw bad('staged_rollout_percentage must be an integer between 1 and 100.'); // guess
  if (draft.packages.length === 0) throw bad('The release has no package.'); // guess
  for (const key of ['changelog_fa', 'changelog_en', 'developer_note'] as const)
    if (fields[key] !== undefined && typeof fields[key] !== 'string')
      throw bad(`${key} must be a string.`);
  const release = {
    id: state.nextId++,
    release_state: 'Active',
    ...draft,
    committed: true,
    staged_rollout_percentage: rollout,
    auto_publish: fields.auto_publish === true,
    changelog_fa: typeof fields.changelog_fa === 'string' ? fields.changelog_fa : '',
    changelog_en: typeof fields.changelog_en === 'string' ? fields.changelog_en : '',
    developer_note: typeof fields.developer_note === 'string' ? fields.developer_note : '',
  };
  app.committed.push(release);
  app.draft = null;
  return release;
}

/** The releases the three `last-*` reads return (undefined: `not-exists`). */
export function lastOf(
  app: PkApp,
  which: 'last-committed' | 'last-uncommitted' | 'last-published',
) {
  if (which === 'last-uncommitted') return app.draft ?? undefined;
  if (which === 'last-committed') return app.committed.at(-1);
  const index = app.published.at(-1);
  return index === undefined ? undefined : app.committed[index];
}
