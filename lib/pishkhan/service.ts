/**
 * The background's Bazaar service: apps and their tokens, the token test, the status of an app,
 * and the release calls that are not uploads (create, discard, commit); each call makes one
 * request (429s are waited out by the page, which shows the wait). Uploads run in the page.
 */
import { AppError } from '../errors';
import type { Clock } from '../http/clock';
import type { LocalArea } from '../kenar/store';
import { createPishkhanClient } from './client';
import { type CommitForm, commitBodyOf, formProblems } from './commit-form';
import type { PishkhanRelease } from './schemas';
import { createPishkhanStore, isPackageName } from './store';
import { fetchTransport } from './transport';

/** What the service is built from; every secret comes from `area`, every effect is injected. */
export interface PishkhanServiceDeps {
  fetch: typeof fetch;
  clock: Clock;
  area: LocalArea;
  /** Whether the optional host permission for the API is granted. */
  hasPermission(): Promise<boolean>;
}

/** An app's three releases as Bazaar reports them (null: `not-exists`). */
export interface BazaarStatus {
  published: PishkhanRelease | null;
  committed: PishkhanRelease | null;
  draft: PishkhanRelease | null;
  /** Fields of Bazaar's answers that were not understood and skipped. */
  skipped: number;
}

/** Builds the Bazaar service. */
export function createPishkhanService(deps: PishkhanServiceDeps) {
  const store = createPishkhanStore(deps.area);
  const transport = fetchTransport(deps.fetch, deps.clock);
  const clientFor = async (packageName: string) => {
    if (!(await deps.hasPermission()))
      throw new AppError('pishkhan-no-permission', 'api.pishkhan.cafebazaar.ir is not granted');
    const token = await store.token(packageName);
    if (!token) throw new AppError('pishkhan-no-app', `no token for ${packageName}`);
    return createPishkhanClient({ transport, token: async () => token });
  };

  return {
    apps: () => store.apps(),
    /** Saves an app's token (replacing an older one); the package name is only a label. */
    addApp: async (packageName: string, token: string) => {
      const [name, secret] = [packageName.trim(), token.trim()];
      if (!isPackageName(name))
        throw new AppError('pishkhan-invalid', 'packageName: not-a-package-name');
      if (!secret || /\s/.test(secret))
        throw new AppError('pishkhan-invalid', 'token: empty-or-spaces');
      await store.save(name, secret, deps.clock.now());
      return store.apps();
    },
    removeApp: async (packageName: string) => {
      await store.remove(packageName);
      return store.apps();
    },
    /** Tests the token with a read call (last published). */
    testToken: async (packageName: string) => {
      const read = await (await clientFor(packageName)).lastPublished();
      return {
        valid: true as const,
        lastPublishedCode: read.release?.packages?.[0]?.version_code ?? null,
      };
    },
    /** Last published, last committed and the open draft, read one after the other. */
    status: async (packageName: string): Promise<BazaarStatus> => {
      const client = await clientFor(packageName);
      const published = await client.lastPublished();
      const committed = await client.lastCommitted();
      const draft = await client.lastUncommitted();
      const skipped = [published, committed, draft].reduce((n, r) => n + r.drift.skipped.length, 0);
      return {
        published: published.release,
        committed: committed.release,
        draft: draft.release,
        skipped,
      };
    },
    draft: async (packageName: string) =>
      (await (await clientFor(packageName)).lastUncommitted()).release,
    /** Creates a draft; a refusal because one is open becomes `pishkhan-draft-exists`. */
    create: async (packageName: string) => {
      const client = await clientFor(packageName);
      try {
        return (await client.create()).release;
      } catch (error) {
        if (!(error instanceof AppError) || error.kind !== 'pishkhan-bad-request') throw error;
        const open = (await client.lastUncommitted()).release;
        throw open
          ? new AppError('pishkhan-draft-exists', error.message, { details: error.details })
          : error;
      }
    },
    discard: async (packageName: string) => (await clientFor(packageName)).discard(),
    /** Sends the draft for review after checking the form (nothing is sent with a problem). */
    commit: async (packageName: string, form: CommitForm) => {
      const problems = formProblems(form);
      if (problems.length > 0)
        throw new AppError(
          'pishkhan-invalid',
          problems.map((p) => `${p.field}: ${p.problem}`).join(', '),
        );
      return (await clientFor(packageName)).commit(commitBodyOf(form));
    },
  };
}

/** The service's type. */
export type PishkhanService = ReturnType<typeof createPishkhanService>;
