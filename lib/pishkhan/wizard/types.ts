/** The release wizard's states and events (the reducer is in state.ts). */
import type { ErrorInfo } from '../../errors';
import type { ApkInfo } from '../apk/read-apk';
import { type CommitForm, EMPTY_FORM } from '../commit-form';
import type { Architecture, PishkhanPackage, PishkhanRelease } from '../schemas';
import type { FileItem } from './items';
import type { VerifyOutcome } from './verify';

/** Where the wizard is. */
export type Step =
  | 'checking'
  | 'check-failed'
  | 'found-draft'
  | 'confirm-discard'
  | 'discarding'
  | 'no-draft'
  | 'creating'
  | 'files'
  | 'review'
  | 'confirm-commit'
  | 'committing'
  | 'done'
  | 'offer-discard'
  | 'closed';

/** The whole wizard. */
export interface WizardState {
  step: Step;
  packageName: string;
  /** Highest version code of the last published release (null: none published). */
  lastPublishedCode: number | null;
  draft: PishkhanRelease | null;
  /** Whether this wizard created the open draft (so giving up offers to discard it). */
  createdByWizard: boolean;
  items: FileItem[];
  form: CommitForm;
  /** Set once the user tried to go on with a form that has problems. */
  showProblems: boolean;
  /** Where "cancel" of a confirmation returns. */
  back?: Step;
  error?: ErrorInfo;
  result?: { message?: string; release: PishkhanRelease };
}

/** Everything that can happen to the wizard. */
export type WizardEvent =
  | { type: 'checked'; draft: PishkhanRelease | null; lastPublishedCode: number | null }
  | { type: 'failed'; error: ErrorInfo }
  | { type: 'retry-check' }
  | { type: 'continue' }
  | { type: 'ask-discard' }
  | { type: 'cancel' }
  | { type: 'discarding' }
  | { type: 'discarded' }
  | { type: 'creating' }
  | { type: 'created'; release: PishkhanRelease }
  | { type: 'add-file'; item: FileItem }
  | { type: 'file-read'; id: string; info?: ApkInfo; sha1?: string; error?: ErrorInfo }
  | { type: 'set-arch'; id: string; architecture: Architecture }
  | { type: 'set-code'; id: string; code: string }
  | { type: 'remove-file'; id: string }
  | { type: 'upload-start'; id: string }
  | { type: 'progress'; id: string; sent: number; total: number }
  | { type: 'uploaded'; id: string; package: PishkhanPackage }
  | { type: 'upload-failed'; id: string; error: ErrorInfo }
  | { type: 'verified'; id: string; outcome: VerifyOutcome }
  | { type: 'unverified'; id: string; error: ErrorInfo }
  | { type: 'review' }
  | { type: 'edit'; form: Partial<CommitForm> }
  | { type: 'back' }
  | { type: 'ask-commit' }
  | { type: 'committing' }
  | { type: 'committed'; message?: string; release: PishkhanRelease }
  | { type: 'give-up' };

/** A wizard for `packageName`, about to read Bazaar's state. */
export const startState = (packageName: string): WizardState => ({
  step: 'checking',
  packageName,
  lastPublishedCode: null,
  draft: null,
  createdByWizard: false,
  items: [],
  form: EMPTY_FORM,
  showProblems: false,
});
