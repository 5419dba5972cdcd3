import type {
  HistorySource,
  Observation,
  ObservedFacts,
  ObservedListing,
  TokenHistory,
} from './types';

/** Most observations kept per token; older ones are folded into the first kept. */
export const MAX_OBSERVATIONS = 24;

const FACT_KEYS = ['price', 'deposit', 'rent', 'title', 'district', 'size', 'seller'] as const;

/** The facts as of the latest observation (each fact from the last observation that said it). */
export function currentFacts(history: TokenHistory | undefined): ObservedFacts {
  const out: ObservedFacts = {};
  for (const observation of history?.observations ?? [])
    for (const key of FACT_KEYS)
      if (observation[key] !== undefined) Object.assign(out, { [key]: observation[key] });
  return out;
}

/** The facts of `next` that differ from `known` (facts a source did not give are not changes). */
export function changedFacts(known: ObservedFacts, next: ObservedFacts): ObservedFacts {
  const out: ObservedFacts = {};
  for (const key of FACT_KEYS) {
    const value = next[key];
    if (value !== undefined && value !== known[key]) Object.assign(out, { [key]: value });
  }
  return out;
}

/** The key a re-post of the same flat shares: seller (else district), title and size. */
export function repostKeyOf(facts: ObservedFacts): string | undefined {
  const title = facts.title?.replace(/\s+/g, ' ').trim();
  if (!title || !facts.size) return undefined;
  const who = facts.seller ? `s:${facts.seller}` : facts.district ? `d:${facts.district}` : '';
  return who ? `${who}|${title}|${facts.size}` : undefined;
}

/** Keeps at most `max` observations by folding the oldest into the next (no fact is lost). */
export function bounded(observations: Observation[], max = MAX_OBSERVATIONS): Observation[] {
  const out = [...observations];
  while (out.length > max && out.length >= 2) {
    const [first, second] = out as [Observation, Observation];
    out.splice(0, 2, { ...first, ...second });
  }
  return out;
}

/**
 * The history after one more observation (pure). Only changes are stored; a clock earlier than
 * the last record is never trusted to reorder: the observation is recorded at the last record's
 * time and `clockBehind` counts it, so nothing already recorded moves or is lost.
 */
export function applyObservation(
  history: TokenHistory | undefined,
  seen: ObservedListing,
  source: HistorySource,
  now: number,
): TokenHistory {
  if (!history) {
    const facts = changedFacts({}, seen.facts);
    return withKey({
      token: seen.token,
      firstSeen: now,
      lastSeen: now,
      observations: [{ at: now, source, ...facts }],
      ...(seen.publishedAt ? { publishedAt: seen.publishedAt } : {}),
    });
  }
  const behind = now < history.lastSeen;
  const at = behind ? history.lastSeen : now;
  const changes = changedFacts(currentFacts(history), seen.facts);
  const { removed: _removed, ...rest } = history;
  const next: TokenHistory = {
    ...rest,
    lastSeen: at,
    ...(behind ? { clockBehind: (history.clockBehind ?? 0) + 1 } : {}),
    ...(!history.publishedAt && seen.publishedAt ? { publishedAt: seen.publishedAt } : {}),
  };
  if (Object.keys(changes).length > 0)
    next.observations = bounded([...history.observations, { at, source, ...changes }]);
  return withKey(next);
}

function withKey(history: TokenHistory): TokenHistory {
  const key = repostKeyOf(currentFacts(history));
  return key ? { ...history, repostKey: key } : history;
}

/** The history marked removed (kept as it was if it already is). */
export function markedRemoved(
  history: TokenHistory,
  why: 'not-found' | 'recrawl',
  now: number,
): TokenHistory {
  if (history.removed) return history;
  return { ...history, removed: { at: Math.max(now, history.lastSeen), why } };
}
