/**
 * The release wizard as a pure reducer over Bazaar's own state: it starts by reading the open
 * draft, offers to continue or discard it (after a confirmation), else creates one; uploads files
 * one by one; reviews; commits only on confirm.
 */
import { formProblems } from '../commit-form';
import { checkItem, type FileItem } from './items';
import { type Step, startState, type WizardEvent, type WizardState } from './types';

export { type Step, startState, type WizardEvent, type WizardState } from './types';

/** Whether every file is uploaded (at least one, counting the draft's own) and none is busy. */
export function canReview(state: WizardState): boolean {
  const uploaded = (state.draft?.packages?.length ?? 0) > 0;
  return uploaded && state.items.every((item) => item.status === 'uploaded');
}

/** Where a failure leaves the wizard: the step that was busy goes back to where it came from. */
const AFTER_FAILURE: Partial<Record<Step, Step>> = {
  checking: 'check-failed',
  discarding: 'found-draft',
  creating: 'no-draft',
  committing: 'review',
};

function withItem(
  state: WizardState,
  id: string,
  change: (item: FileItem) => FileItem,
): WizardState {
  const items = state.items.map((item) => (item.id === id ? checkItem(change(item), state) : item));
  return { ...state, items };
}

/** The next state after `event` (the same state when the event does not apply). */
export function wizardReducer(state: WizardState, event: WizardEvent): WizardState {
  const s = state;
  switch (event.type) {
    case 'checked':
      return {
        ...s,
        step: event.draft ? 'found-draft' : 'no-draft',
        draft: event.draft,
        lastPublishedCode: event.lastPublishedCode,
        error: undefined,
      };
    case 'failed': {
      const step = AFTER_FAILURE[s.step] ?? s.step;
      return { ...s, step: s.step === 'discarding' ? (s.back ?? step) : step, error: event.error };
    }
    case 'retry-check':
      return { ...s, step: 'checking', error: undefined };
    case 'continue':
      return s.step === 'found-draft' ? { ...s, step: 'files', error: undefined } : s;
    case 'ask-discard':
      return s.draft ? { ...s, step: 'confirm-discard', back: s.step, error: undefined } : s;
    case 'cancel':
      return { ...s, step: s.back ?? s.step, back: undefined };
    case 'discarding':
      return s.step === 'confirm-discard' || s.step === 'offer-discard'
        ? { ...s, step: 'discarding' }
        : s;
    case 'discarded':
      return {
        ...startState(s.packageName),
        step: 'no-draft',
        lastPublishedCode: s.lastPublishedCode,
      };
    case 'creating':
      return s.step === 'no-draft' ? { ...s, step: 'creating', error: undefined } : s;
    case 'created':
      return { ...s, step: 'files', draft: event.release, createdByWizard: true, error: undefined };
    case 'add-file':
      return { ...s, items: [...s.items, event.item] };
    case 'file-read':
      return withItem(s, event.id, (item) => ({
        ...item,
        info: event.info,
        sha1: event.sha1,
        error: event.error,
        versionCode: event.info?.versionCode,
        status: event.error ? 'refused' : 'ready',
      }));
    case 'set-arch':
      return withItem(s, event.id, (item) => ({ ...item, architecture: event.architecture }));
    case 'set-code':
      return withItem(s, event.id, (item) => ({ ...item, typedCode: event.code, status: 'ready' }));
    case 'remove-file':
      return {
        ...s,
        items: s.items.filter((item) => item.id !== event.id || item.status === 'uploading'),
      };
    case 'upload-start':
      return withItem(s, event.id, (item) => ({
        ...item,
        status: 'uploading',
        progress: undefined,
        error: undefined,
      }));
    case 'progress':
      return withItem(s, event.id, (item) => ({
        ...item,
        progress: { sent: event.sent, total: event.total },
      }));
    case 'uploaded': {
      const packages = [...(s.draft?.packages ?? []), event.package];
      const next = { ...s, draft: { ...s.draft, packages } };
      return withItem(next, event.id, (item) => ({
        ...item,
        status: 'uploaded',
        package: event.package,
      }));
    }
    case 'upload-failed':
      return withItem(s, event.id, (item) => ({
        ...item,
        status: 'verifying',
        error: event.error,
      }));
    case 'verified': {
      const { outcome } = event;
      const next = { ...s, draft: outcome.draft };
      if (outcome.kind === 'draft-gone')
        return { ...next, step: 'no-draft', createdByWizard: false, items: [] };
      return withItem(next, event.id, (item) => ({
        ...item,
        status:
          outcome.kind === 'landed'
            ? 'uploaded'
            : outcome.kind === 'absent'
              ? 'failed'
              : 'mismatch',
        package: outcome.kind === 'absent' ? undefined : outcome.package,
        compared: true,
      }));
    }
    case 'unverified':
      return withItem(s, event.id, (item) => ({
        ...item,
        status: 'failed',
        error: event.error,
        compared: false,
      }));
    case 'review':
      return s.step === 'files' && canReview(s) ? { ...s, step: 'review', error: undefined } : s;
    case 'edit':
      return { ...s, form: { ...s.form, ...event.form } };
    case 'back':
      return s.step === 'review' ? { ...s, step: 'files' } : s;
    case 'ask-commit':
      if (s.step !== 'review') return s;
      return formProblems(s.form).length > 0
        ? { ...s, showProblems: true }
        : { ...s, step: 'confirm-commit', back: 'review', error: undefined };
    case 'committing':
      return s.step === 'confirm-commit' ? { ...s, step: 'committing' } : s;
    case 'committed':
      return {
        ...s,
        step: 'done',
        draft: null,
        createdByWizard: false,
        result: { message: event.message, release: event.release },
      };
    case 'give-up':
      return s.createdByWizard && s.draft
        ? { ...s, step: 'offer-discard', back: s.step }
        : { ...s, step: 'closed' };
  }
}
