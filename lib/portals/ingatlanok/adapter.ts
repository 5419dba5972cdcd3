import { AppError } from '../../errors';
import type { OpOutcome, PortalAdapter, PortalOp } from '../adapter';
import { type BatchRequest, type IngatlanokClient, portalError, propertyUri } from './client';
import { BATCH_LIMIT, ERROR_CODE, HOURLY_BAD_REQUESTS } from './endpoints';
import { type IngatlanokTarget, mapToIngatlanok } from './mapping';
import { savedProperty } from './schemas';
import { transferIdOf } from './transfer-id';

/** The batch sub-request of one op: POST a new property, PUT an existing one by transfer id. */
export function batchRequestOf(op: PortalOp, officeId: number): BatchRequest {
  if (op.method === 'POST') return { method: 'POST', uri: '/property', body: op.body };
  return { method: 'PUT', uri: propertyUri({ transferId: op.key, officeId }), body: op.body };
}

/** One 207 item's status and body as the job's outcome. */
export function outcomeOf(answer: { status: number; body?: unknown } | undefined): OpOutcome {
  if (!answer) return { kind: 'retry', description: 'no answer for this item' };
  const { status, body } = answer;
  if (status >= 200 && status < 300) {
    const id = savedProperty.safeParse(body ?? {});
    const portalId = id.success ? id.data.id : undefined;
    return { kind: 'synced', status, ...(portalId !== undefined ? { portalId } : {}) };
  }
  const error = portalError(status, body);
  const code = error.details?.portalCode;
  const fields = { status, description: error.message, ...(code !== undefined ? { code } : {}) };
  if (error.kind === 'portal-budget') return { kind: 'budget', ...fields };
  if (code === ERROR_CODE.duplicateTransferId) return { kind: 'exists', ...fields };
  if (status >= 400 && status < 500) return { kind: 'rejected', ...fields };
  return { kind: 'retry', status, description: error.message };
}

/** ingatlanok.hu as a portal of the neutral syndication job, for one office (and seller). */
export function createIngatlanokAdapter(
  client: IngatlanokClient,
  target: IngatlanokTarget,
): PortalAdapter {
  return {
    portal: 'ingatlanok',
    chunkLimit: BATCH_LIMIT,
    hourlyBadRequests: HOURLY_BAD_REQUESTS,
    map: (listing, choices) => mapToIngatlanok(listing, target, choices),
    keyOf: transferIdOf,
    async existing(signal) {
      const rows = await client.properties('id', signal);
      const ids = new Map<string, number>();
      for (const row of rows)
        if (row.transfer_id && (row.office_id ?? target.officeId) === target.officeId)
          ids.set(row.transfer_id, row.id);
      return ids;
    },
    bodyOf: (ops) => ops.map((op) => batchRequestOf(op, target.officeId)),
    async send(ops, signal) {
      if (ops.length > BATCH_LIMIT)
        throw new AppError('internal', `${ops.length} ops in one batch`);
      const answers = await client.batch(
        ops.map((op) => batchRequestOf(op, target.officeId)),
        signal,
      );
      return ops.map((_, i) => outcomeOf(answers[i]));
    },
  };
}
