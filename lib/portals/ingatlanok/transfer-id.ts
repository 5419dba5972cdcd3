import { AppError } from '../../errors';

/** The portal's limit on a caller's own id: `string(1-40)`. */
export const MAX_TRANSFER_ID = 40;

const TOKEN = /^[\w-]{4,32}$/;

/**
 * The portal's `transfer_id` of a divar listing: `dv-` and the post token, so the same listing
 * always maps to the same id; the portal keeps it unique together with the office id, which every
 * call that names it sends beside it. Throws for a token that would not make a valid id.
 */
export function transferIdOf(token: string): string {
  const id = `dv-${token}`;
  if (!TOKEN.test(token) || id.length > MAX_TRANSFER_ID)
    throw new AppError('portal-invalid', `no transfer id for token "${token}"`);
  return id;
}

/** The key of a listing on one portal account's office: where its sync record is kept. */
export function scopedKey(accountKey: string, officeId: number, transferId: string): string {
  return `${accountKey}|${officeId}|${transferId}`;
}
