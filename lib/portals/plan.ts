/** The pure steps of a syndication job: items from mappings, lookups, chunks and outcomes. */
import type { OpOutcome, PortalOp } from './adapter';
import type { MappingResult } from './mapping';
import type { SyncItem, SyncJob, SyncRecord } from './types';

/** Sends of one item before it counts as failed (5xx and cut connections). */
export const MAX_ATTEMPTS = 3;

/** A short stable digest (FNV-1a, 32 bits) of a JSON value: an object's "has it changed". */
export function hashOf(value: unknown): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(value)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The job's items: invalid ones keep their missing fields, one refused before with the very same
 * object is skipped with the portal's old answer (4xx are not retried unchanged), the rest wait.
 */
export function itemsOf(
  results: (MappingResult<unknown> & { title: string; key: string })[],
  previous: Map<string, SyncRecord>,
): SyncItem[] {
  return results.map((result) => {
    const base = { token: result.token, title: result.title, key: result.key, attempts: 0 };
    if (!result.object) return { ...base, state: 'invalid', missing: result.missing };
    const hash = hashOf(result.object);
    const record = previous.get(result.key);
    const item: SyncItem = { ...base, state: 'pending', body: result.object, hash };
    if (record?.state === 'rejected' && record.hash === hash)
      return { ...item, state: 'skipped', ...(record.error ? { error: record.error } : {}) };
    return item;
  });
}

const isOpen = (item: SyncItem) => item.state === 'pending' || item.state === 'retry';

/**
 * The job after the portal said which ids it holds: each open item is created (POST) or modified
 * in place (PUT); an item of a chunk whose answer was lost that was being created and now exists
 * is synced already (its POST went through), so it is not sent twice.
 */
export function afterLookup(job: SyncJob, existing: Map<string, number>): SyncJob {
  const unsure = new Set(job.inFlight ?? []);
  const items = job.items.map((item): SyncItem => {
    if (!isOpen(item)) return item;
    const portalId = existing.get(item.key);
    if (portalId !== undefined && unsure.has(item.key) && item.method === 'POST')
      return { ...item, state: 'synced', portalId };
    const method = portalId === undefined ? 'POST' : 'PUT';
    return { ...item, method, ...(portalId !== undefined ? { portalId } : {}) };
  });
  const { inFlight: _, ...rest } = job;
  return { ...rest, items, needsLookup: false };
}

/** The next chunk: up to `capacity` open items, in the order the user chose them. */
export function nextChunk(job: SyncJob, capacity: number): PortalOp[] {
  return job.items
    .filter(isOpen)
    .slice(0, capacity)
    .map((item) => ({ key: item.key, method: item.method ?? 'POST', body: item.body }));
}

/** Whether any item still waits to be sent. */
export const hasOpenItems = (job: SyncJob) => job.items.some(isOpen);

function retried(item: SyncItem, description: string, status?: number): SyncItem {
  const attempts = item.attempts + 1;
  const error = { description, ...(status !== undefined ? { status } : {}) };
  return { ...item, attempts, state: attempts >= MAX_ATTEMPTS ? 'failed' : 'retry', error };
}

function applied(item: SyncItem, outcome: OpOutcome): SyncItem {
  const { error: _, ...clean } = item;
  switch (outcome.kind) {
    case 'synced':
      return {
        ...clean,
        state: 'synced',
        attempts: item.attempts + 1,
        ...(outcome.portalId !== undefined ? { portalId: outcome.portalId } : {}),
      };
    case 'rejected':
      return { ...clean, state: 'rejected', attempts: item.attempts + 1, error: errorOf(outcome) };
    // Created meanwhile (another run, another tool): modified in place next, never re-created.
    case 'exists':
      return { ...clean, state: 'retry', method: 'PUT', error: errorOf(outcome) };
    case 'retry':
      return retried(item, outcome.description, outcome.status);
    case 'budget':
      return { ...item, error: errorOf(outcome) };
  }
}

const errorOf = (o: { status?: number; code?: number; description: string }) => ({
  description: o.description,
  ...(o.status !== undefined ? { status: o.status } : {}),
  ...(o.code !== undefined ? { code: o.code } : {}),
});

/** The job with a chunk's answers mapped back to its items by position. */
export function afterChunk(job: SyncJob, ops: PortalOp[], outcomes: OpOutcome[]): SyncJob {
  const byKey = new Map(ops.map((op, i) => [op.key, outcomes[i]] as const));
  const items = job.items.map((item) => {
    const outcome = byKey.get(item.key);
    if (outcome) return applied(item, outcome);
    // An answer shorter than the chunk: the missing ones are retried, alone.
    return byKey.has(item.key) ? retried(item, 'no answer for this item') : item;
  });
  const { inFlight: _, ...rest } = job;
  return { ...rest, items, counts: { ...job.counts, batches: job.counts.batches + 1 } };
}

/** The job after a chunk's call failed as a whole (cut, timeout, 5xx): ask which ids exist first. */
export function afterLostChunk(job: SyncJob, ops: PortalOp[], description: string): SyncJob {
  const keys = new Set(ops.map((op) => op.key));
  const items = job.items.map((item) => (keys.has(item.key) ? retried(item, description) : item));
  return { ...job, items, needsLookup: true, inFlight: [...keys] };
}

/** How many items are in each state (the outcome table's totals). */
export function tally(job: SyncJob): Record<SyncItem['state'], number> {
  const counts = {
    invalid: 0,
    skipped: 0,
    pending: 0,
    synced: 0,
    rejected: 0,
    retry: 0,
    failed: 0,
  };
  for (const item of job.items) counts[item.state]++;
  return counts;
}
