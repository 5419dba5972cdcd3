/**
 * The review screen's form and its checks before anything is sent: both changelogs written, a
 * whole rollout percentage from 1 to 100 (Persian digits welcome), auto-publish chosen.
 */
import { numberFromText } from '../divar/read/lenient';
import type { CommitBody } from './schemas';

/** What the user fills in on the review screen. */
export interface CommitForm {
  changelogFa: string;
  changelogEn: string;
  developerNote: string;
  /** As typed. */
  rollout: string;
  autoPublish: boolean;
}

/** A field of the form that is wrong, and how. */
export interface FormProblem {
  field: 'changelogFa' | 'changelogEn' | 'rollout' | 'developerNote';
  problem: 'empty' | 'not-whole' | 'out-of-range' | 'too-long';
}

// Bazaar documents no limits; these keep a mistyped paste from going out.
const MAX_TEXT = 4000;

/** Every problem of the form (empty when it may be sent). */
export function formProblems(form: CommitForm): FormProblem[] {
  const problems: FormProblem[] = [];
  for (const field of ['changelogFa', 'changelogEn'] as const) {
    if (!form[field].trim()) problems.push({ field, problem: 'empty' });
    else if (form[field].length > MAX_TEXT) problems.push({ field, problem: 'too-long' });
  }
  if (form.developerNote.length > MAX_TEXT)
    problems.push({ field: 'developerNote', problem: 'too-long' });
  const rollout = numberFromText(form.rollout);
  if (rollout === undefined || !Number.isInteger(rollout))
    problems.push({ field: 'rollout', problem: 'not-whole' });
  else if (rollout < 1 || rollout > 100)
    problems.push({ field: 'rollout', problem: 'out-of-range' });
  return problems;
}

/** The commit body of a form without problems (call formProblems first). */
export function commitBodyOf(form: CommitForm): CommitBody {
  return {
    changelog_fa: form.changelogFa.trim(),
    changelog_en: form.changelogEn.trim(),
    developer_note: form.developerNote.trim(),
    staged_rollout_percentage: numberFromText(form.rollout) ?? 100,
    auto_publish: form.autoPublish,
  };
}

/** The form of a fresh draft: Bazaar's own defaults (rollout 100, auto-publish off). */
export const EMPTY_FORM: CommitForm = {
  changelogFa: '',
  changelogEn: '',
  developerNote: '',
  rollout: '100',
  autoPublish: false,
};
