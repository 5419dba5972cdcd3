/**
 * The Pishkhan side of a replica: apps by token, each with its released history and at most one
 * draft (uncommitted release), plus the test knobs for uploads. Kept per replica beside its
 * shared state, reset with POST /__replica/pishkhan/reset.
 */
import type { ReplicaState } from '../server/state.ts';

/** A package as the page shows it. */
export interface PkPackage {
  apk_size: number;
  sha1_hash: string;
  version_code: number;
  version_name: string;
  api_level: number;
  target_api_level: number;
  upload_date: string;
  cpu_architectures: string;
  dpi: number;
  locale: string;
  additional_files: unknown[];
}

/** A release as the page shows it; `id`, `release_state`, `committed` once committed. */
export interface PkRelease {
  id?: number;
  release_state?: string;
  committed?: boolean;
  creation_date: string;
  packages: PkPackage[];
  auto_publish: boolean;
  staged_rollout_percentage: number;
  changelog_fa: string | null;
  changelog_en: string;
  /** Kept for tests; Bazaar's answers never show it. */
  developer_note?: string;
}

/** One app and its releases. */
export interface PkApp {
  packageName: string;
  token: string;
  committed: PkRelease[];
  /** Indexes into `committed` of the releases that were published, in order. */
  published: number[];
  draft: PkRelease | null;
}

/** Test knobs of the upload route. */
export interface PkSettings {
  /** Hold each upload's answer this long after the body arrived ("slow upload"). */
  uploadDelayMs: number;
  /** On a cut connection, keep the package that was added (the client never hears of it). */
  keepOnCut: boolean;
}

/** The Pishkhan state of one replica. */
export interface PishkhanState {
  apps: Map<string, PkApp>;
  settings: PkSettings;
  nextId: number;
}

/** The demo app: one published release (version code 41), no draft. */
export const DEMO_PISHKHAN_APP = {
  packageName: 'ir.divar.actions.demo',
  token: 'demo-pishkhan-token',
};

/** Bazaar's date-and-time form: `2021-07-18T16:24:25.944528` (no time zone). */
export const bazaarDateTime = (ms: number) => new Date(ms).toISOString().replace('Z', '000');
/** Bazaar's date form: `2021-07-18`. */
export const bazaarDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A published release of `versionCode`, as seeded for an app. */
export function seededRelease(versionCode: number, now: number): PkRelease {
  return {
    id: 100 + versionCode,
    release_state: 'Active',
    committed: true,
    creation_date: bazaarDateTime(now - 20 * 86_400_000),
    packages: [
      {
        apk_size: 8_801_234,
        sha1_hash: (versionCode.toString(16) + '0'.repeat(40)).slice(0, 40),
        version_code: versionCode,
        version_name: `${Math.floor(versionCode / 10)}.${versionCode % 10}.0`,
        api_level: 21,
        target_api_level: 34,
        upload_date: bazaarDate(now - 20 * 86_400_000),
        cpu_architectures: '',
        dpi: 1,
        locale: 'en',
        additional_files: [],
      },
    ],
    auto_publish: false,
    staged_rollout_percentage: 100,
    changelog_fa: 'رفع اشکال‌ها',
    changelog_en: 'Bug fixes',
  };
}

/** An app with one published release of `publishedVersionCode` (none when 0). */
export function newApp(
  packageName: string,
  token: string,
  publishedVersionCode: number,
  now: number,
): PkApp {
  const app: PkApp = { packageName, token, committed: [], published: [], draft: null };
  if (publishedVersionCode > 0) {
    app.committed.push(seededRelease(publishedVersionCode, now));
    app.published.push(0);
  }
  return app;
}

function freshState(replica: ReplicaState): PishkhanState {
  const demo = newApp(DEMO_PISHKHAN_APP.packageName, DEMO_PISHKHAN_APP.token, 41, replica.now());
  return {
    apps: new Map([[demo.token, demo]]),
    settings: { uploadDelayMs: 0, keepOnCut: false },
    nextId: 500,
  };
}

const states = new WeakMap<ReplicaState, PishkhanState>();

/** The Pishkhan state of a replica, created on first use. */
export function pishkhanStateOf(replica: ReplicaState): PishkhanState {
  let state = states.get(replica);
  if (!state) {
    state = freshState(replica);
    states.set(replica, state);
  }
  return state;
}

/** Forgets every app, release and knob. */
export function resetPishkhanState(replica: ReplicaState): PishkhanState {
  states.delete(replica);
  return pishkhanStateOf(replica);
}
