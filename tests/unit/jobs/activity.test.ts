import { describe, expect, it } from 'vitest';
import {
  type JobEvent,
  type JobPhase,
  type JobState,
  needsUser,
  nextState,
  phaseOf,
} from '@/lib/jobs/activity';

const NOW = 1_000_000;
const attempt = (retryInMs?: number, status?: number): JobEvent => ({
  type: 'attempt',
  event: {
    at: NOW,
    path: 'api.divar.ir/v8/postlist/w/search',
    attempt: 1,
    ms: 40,
    ...(status ? { status, error: status === 429 ? 'rate-limit' : 'http' } : {}),
    ...(retryInMs !== undefined ? { retryInMs } : {}),
  },
});
const network = { kind: 'network' as const, message: 'cut' };
const captcha = { kind: 'captcha' as const, message: 'captcha' };

/** One job in each state a person can see. */
const STATES: Record<JobPhase, JobState> = {
  fetching: { status: 'running', activity: { state: 'fetching', since: 0 } },
  waiting: {
    status: 'running',
    activity: { state: 'waiting', reason: 'rate-limit', until: NOW + 5000, since: 0 },
  },
  paused: { status: 'paused' },
  'needs-user': { status: 'paused', error: captcha },
  done: { status: 'done' },
  failed: { status: 'failed', error: { kind: 'internal', message: 'x' } },
  cancelled: { status: 'cancelled' },
};

/** Every event, and the phase it leads to from each state (undefined: the state is unchanged). */
const TABLE: [string, JobEvent, Partial<Record<JobPhase, JobPhase>>][] = [
  ['a 200', attempt(), { fetching: 'fetching', waiting: 'fetching' }],
  ['a 429 to retry in 20 s', attempt(20_000, 429), { fetching: 'waiting', waiting: 'waiting' }],
  ['a saved page', { type: 'saved' }, { fetching: 'fetching', waiting: 'fetching' }],
  ['the last page', { type: 'finished' }, { fetching: 'done', waiting: 'done' }],
  [
    'a cut connection after every retry',
    { type: 'failed', error: network, retryAt: NOW + 30_000 },
    { fetching: 'waiting', waiting: 'waiting' },
  ],
  [
    'a captcha',
    { type: 'failed', error: captcha },
    { fetching: 'needs-user', waiting: 'needs-user' },
  ],
  [
    'an internal failure',
    { type: 'failed', error: { kind: 'internal', message: 'x' } },
    { fetching: 'failed', waiting: 'failed' },
  ],
  ['the user pauses', { type: 'pause' }, { fetching: 'paused', waiting: 'paused' }],
  [
    'the user resumes',
    { type: 'resume' },
    { paused: 'fetching', 'needs-user': 'fetching', failed: 'fetching' },
  ],
  [
    'the user cancels',
    { type: 'cancel' },
    { fetching: 'cancelled', waiting: 'cancelled', paused: 'cancelled', 'needs-user': 'cancelled' },
  ],
  // The worker was stopped in that state and has started again.
  [
    'a stop, then the worker starts',
    { type: 'worker-started' },
    { fetching: 'waiting', waiting: 'waiting' },
  ],
];

describe('the job state machine', () => {
  for (const [what, event, expected] of TABLE)
    for (const [phase, state] of Object.entries(STATES) as [JobPhase, JobState][])
      it(`${phase} + ${what} → ${expected[phase] ?? phase}`, () => {
        const next = nextState(state, event, NOW);
        expect(phaseOf(next)).toBe(expected[phase] ?? phase);
        if (expected[phase] === undefined) expect(next).toBe(state);
      });

  it('says why and until when it waits', () => {
    const next = nextState(STATES.fetching, attempt(20_000, 429), NOW);
    expect(next.activity).toEqual({
      state: 'waiting',
      reason: 'rate-limit',
      until: NOW + 20_000,
      since: NOW,
      status: 429,
    });
    expect(nextState(STATES.fetching, { type: 'worker-started' }, NOW).activity?.reason).toBe(
      'resume',
    );
    const failed = nextState(
      STATES.fetching,
      { type: 'failed', error: network, retryAt: NOW + 1 },
      NOW,
    );
    expect(failed.activity).toMatchObject({ reason: 'network', until: NOW + 1 });
  });

  it('clears an error once the user resumes', () => {
    expect(nextState(STATES['needs-user'], { type: 'resume' }, NOW).error).toBeUndefined();
  });

  it.each([
    ['captcha', true],
    ['auth', true],
    ['schema', true],
    ['network', false],
    ['rate-limit', false],
  ] as const)('%s needs the user: %s', (kind, expected) => {
    expect(needsUser({ kind, message: '' })).toBe(expected);
  });
});
