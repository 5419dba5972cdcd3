import type { ErrorInfo, ErrorKind } from '../errors';
import type { AttemptEvent } from '../http/attempt-event';
import type { JobStatus } from './types';

/** Why a running job is not fetching at this moment. */
export type WaitReason = 'rate-limit' | 'server-error' | 'network' | 'resume';

/** What a running job is doing now: fetching, or waiting (why, and until when). */
export interface JobActivity {
  state: 'fetching' | 'waiting';
  reason?: WaitReason;
  /** When the wait ends (ms since epoch). */
  until?: number;
  /** The HTTP status that made it wait, when there was one. */
  status?: number;
  since: number;
}

/** The part of a job (or of its details run) the state machine moves. */
export interface JobState {
  status: JobStatus;
  error?: ErrorInfo;
  activity?: JobActivity;
}

/** Everything that moves a job: the user, the network, the work itself and the browser. */
export type JobEvent =
  | { type: 'attempt'; event: AttemptEvent }
  | { type: 'saved' }
  | { type: 'finished' }
  | { type: 'failed'; error: ErrorInfo; retryAt?: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'cancel' }
  | { type: 'worker-started' };

/** Errors no wait can fix: the user must act (log in, solve a captcha, update the extension). */
const NEEDS_USER: ReadonlySet<ErrorKind> = new Set(['captcha', 'auth', 'schema', 'contact-cap']);

/** Whether a failure pauses the job for the user rather than waiting and trying again. */
export const needsUser = (error: ErrorInfo) =>
  NEEDS_USER.has(error.kind) || (error.kind === 'http' && (error.details?.status ?? 500) < 500);

function reasonOf(event: AttemptEvent): WaitReason {
  if (event.error === 'rate-limit' || event.status === 429) return 'rate-limit';
  if (event.error === 'http') return 'server-error';
  return 'network';
}

const waiting = (reason: WaitReason, until: number, since: number, status?: number) => ({
  state: 'waiting' as const,
  reason,
  until,
  since,
  ...(status !== undefined ? { status } : {}),
});

const isLive = (status: JobStatus) => status === 'running';

/**
 * The job's next state (pure). Attempts and saves only move a running job; a failure a wait can
 * fix keeps it running and waiting, others pause it for the user; the user's pause, resume and
 * cancel, and a worker that started again after a stop, move it as the popup shows.
 */
export function nextState(state: JobState, event: JobEvent, now: number): JobState {
  const { status } = state;
  switch (event.type) {
    case 'attempt': {
      if (!isLive(status)) return state;
      const { retryInMs } = event.event;
      const activity =
        retryInMs === undefined
          ? { state: 'fetching' as const, since: now }
          : waiting(reasonOf(event.event), now + retryInMs, now, event.event.status);
      return { status, activity };
    }
    case 'saved':
      return isLive(status) ? { status, activity: { state: 'fetching', since: now } } : state;
    case 'finished':
      return isLive(status) ? { status: 'done' } : state;
    case 'failed':
      if (!isLive(status)) return state;
      if (needsUser(event.error)) return { status: 'paused', error: event.error };
      if (event.retryAt === undefined) return { status: 'failed', error: event.error };
      return {
        status,
        error: event.error,
        activity: waiting(reasonForError(event.error), event.retryAt, now),
      };
    case 'pause':
      return isLive(status) ? { status: 'paused' } : state;
    case 'resume':
      return status === 'paused' || status === 'failed'
        ? { status: 'running', activity: { state: 'fetching', since: now } }
        : state;
    case 'cancel':
      return isLive(status) || status === 'paused' ? { status: 'cancelled' } : state;
    case 'worker-started':
      return isLive(status) ? { ...state, activity: waiting('resume', now, now) } : state;
  }
}

function reasonForError(error: ErrorInfo): WaitReason {
  if (error.kind === 'rate-limit') return 'rate-limit';
  return error.kind === 'http' ? 'server-error' : 'network';
}

/** What a person is told the job is doing, one word per state the popup, results and toolbar show. */
export type JobPhase =
  | 'fetching'
  | 'waiting'
  | 'paused'
  | 'needs-user'
  | 'done'
  | 'failed'
  | 'cancelled';

/** The phase of a job state, for display. */
export function phaseOf(state: JobState): JobPhase {
  if (state.status === 'running')
    return state.activity?.state === 'waiting' ? 'waiting' : 'fetching';
  if (state.status === 'paused') return state.error ? 'needs-user' : 'paused';
  return state.status;
}
