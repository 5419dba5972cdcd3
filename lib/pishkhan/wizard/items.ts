/**
 * One APK the user chose in the wizard, and the checks it must pass before it may be uploaded:
 * it is an APK, of this app, with a version code (read, or typed when unreadable) above the last
 * published one and not already in the draft.
 */

import { numberFromText } from '../../divar/read/lenient';
import type { ErrorInfo } from '../../errors';
import type { ApkInfo } from '../apk/read-apk';
import type { Architecture, PishkhanPackage, PishkhanRelease } from '../schemas';

/** Where one file is. */
export type ItemStatus =
  | 'reading'
  | 'ready'
  | 'refused'
  | 'needs-code'
  | 'uploading'
  | 'verifying'
  | 'uploaded'
  | 'failed'
  | 'mismatch';

/** Why a file may not be uploaded. */
export type ItemProblem = 'version-too-low' | 'other-package' | 'duplicate-code';

/** One chosen file. */
export interface FileItem {
  id: string;
  name: string;
  size: number;
  architecture: Architecture;
  status: ItemStatus;
  info?: ApkInfo;
  /** SHA-1 of the file, hex, to compare with Bazaar's `sha1_hash` after a failed upload. */
  sha1?: string;
  /** The version code read from the APK. */
  versionCode?: number;
  /** The version code typed by the user when it could not be read. */
  typedCode?: string;
  problem?: ItemProblem;
  progress?: { sent: number; total: number };
  /** After a failure: whether the re-read draft was compared (false: it could not be read). */
  compared?: boolean;
  error?: ErrorInfo;
  package?: PishkhanPackage;
}

/** What the checks need to know of the wizard. */
interface Context {
  packageName: string;
  lastPublishedCode: number | null;
  draft: PishkhanRelease | null;
}

/** The version code of a file: read from it, else as typed. */
export function codeOf(item: FileItem): number | undefined {
  if (item.versionCode !== undefined) return item.versionCode;
  const typed = item.typedCode === undefined ? undefined : numberFromText(item.typedCode);
  return typed !== undefined && Number.isInteger(typed) && typed > 0 ? typed : undefined;
}

function problemOf(item: FileItem, context: Context, code: number): ItemProblem | undefined {
  const pkg = item.info?.packageName;
  if (pkg && pkg !== context.packageName) return 'other-package';
  if (context.lastPublishedCode !== null && code <= context.lastPublishedCode)
    return 'version-too-low';
  const inDraft = (context.draft?.packages ?? []).some(
    (p) => p !== item.package && p.version_code === code,
  );
  return inDraft ? 'duplicate-code' : undefined;
}

/** The item with its status and problem brought up to date (only `ready` items are re-judged). */
export function checkItem(item: FileItem, context: Context): FileItem {
  if (!['ready', 'needs-code', 'refused'].includes(item.status) || item.error) return item;
  const code = codeOf(item);
  if (code === undefined) return { ...item, status: 'needs-code', problem: undefined };
  const problem = problemOf(item, context, code);
  return { ...item, status: problem ? 'refused' : 'ready', problem };
}
