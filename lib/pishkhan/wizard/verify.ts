/**
 * After an upload fails, Bazaar's draft is read again before anything else: a package with the
 * file's SHA-1 means the upload landed; one with its version code but another hash is shown to
 * the user, never replaced; none means it may be uploaded again, when the user asks.
 */
import type { PishkhanPackage, PishkhanRelease } from '../schemas';

/** What the re-read draft says about one failed upload. */
export type VerifyOutcome =
  | { kind: 'landed'; package: PishkhanPackage; draft: PishkhanRelease }
  | { kind: 'mismatch'; package: PishkhanPackage; draft: PishkhanRelease }
  | { kind: 'absent'; draft: PishkhanRelease }
  | { kind: 'draft-gone'; draft: null };

const same = (a: string | undefined, b: string | undefined) =>
  Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase());

/** Compares the re-read draft with the file (its SHA-1 and version code). */
export function verifyUpload(
  draft: PishkhanRelease | null,
  file: { sha1?: string; versionCode?: number },
): VerifyOutcome {
  if (!draft) return { kind: 'draft-gone', draft: null };
  const packages = draft.packages ?? [];
  const byHash = packages.find((p) => same(p.sha1_hash, file.sha1));
  if (byHash) return { kind: 'landed', package: byHash, draft };
  const byCode = packages.find(
    (p) => file.versionCode !== undefined && p.version_code === file.versionCode,
  );
  return byCode ? { kind: 'mismatch', package: byCode, draft } : { kind: 'absent', draft };
}
