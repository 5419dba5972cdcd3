/**
 * The bodies of the ingatlanok.hu JSON API v3. Outgoing: one strict schema of the property object,
 * checked before anything is sent (every avoidable 4xx spends the hour's budget). Incoming: read
 * field by field (numbers as numbers or numeric strings, unknown keys passed by), since only the
 * overview page is public. Shapes marked "guessed" follow the page's batch example and NOTES.md.
 */
import { z } from 'zod';
import { looseNumber, looseString } from '../../divar/read/lenient';
import { lazySchema } from '../../schema/lazy';
import { MAX_TRANSFER_ID } from './transfer-id';

/** Property types this connector sends (guessed names: the portal's enum list is not public). */
export const PROPERTY_TYPES = ['flat', 'house', 'plot', 'office', 'shop', 'garage'] as const;
/** Currencies a price may be given in (`huf` is documented; the others are guessed). */
export const CURRENCIES = ['huf', 'eur', 'usd'] as const;

const uint = (digits: number) =>
  z
    .number()
    .int()
    .positive()
    .max(10 ** digits - 1);
const decimal18 = lazySchema(() =>
  z
    .number()
    .positive()
    .max(10 ** 16 - 1)
    .refine((n) => Math.round(n * 100) === n * 100, 'at most 2 decimals'),
);

/**
 * The property object POSTed or PUT, laid out as the portal's property pages show it: `id` (the
 * caller's transfer id), `seller`, the general `property` part (office, type, status, action),
 * `location`, `price` and one type's `special` block. Where titles, texts and coordinates go is
 * guessed (`property.title`, `property.description`, `location.latitude`).
 */
export const propertyBody = lazySchema(() =>
  z
    .object({
      id: z.object({ transfer_id: z.string().min(1).max(MAX_TRANSFER_ID) }).strict(),
      seller: z
        .object({ id: uint(20) })
        .strict()
        .optional(),
      property: z
        .object({
          office_id: uint(20),
          type: z.enum(PROPERTY_TYPES),
          status: z.enum(['active', 'inactive']),
          action: z.enum(['sale', 'rent']),
          title: z.string().min(1).max(255),
          description: z.string().max(10_000).optional(),
        })
        .strict(),
      location: z
        .object({
          region_id: uint(8),
          latitude: z.number().min(-90).max(90).optional(),
          longitude: z.number().min(-180).max(180).optional(),
        })
        .strict(),
      price: z
        .object({
          price: decimal18,
          price_currency: z.enum(CURRENCIES),
          price_period: z.enum(['monthly']).optional(),
          deposit: decimal18.optional(),
        })
        .strict(),
      special: z.record(z.string(), z.union([z.number(), z.boolean(), z.string()])),
    })
    .strict(),
);

/** A property as this connector sends it. */
export type PropertyBody = z.infer<typeof propertyBody>;

/** An error answer: `{"error_code": 24, "error_description": "..."}`. */
export const errorBody = lazySchema(() =>
  z.object({
    error_code: looseNumber.optional().catch(undefined),
    error_description: looseString.optional().catch(undefined),
  }),
);

/**
 * List rows come grouped by `part` (`{"id": {"id": 1}, "office": {"name": …}}`, as the office list
 * page shows): the row read is its main part's fields and its `id` part's; a flat row is read as is.
 */
export function flattenRow(row: unknown, main: string): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  const parts = row as Record<string, unknown>;
  const isPart = (value: unknown) => typeof value === 'object' && value !== null;
  if (!isPart(parts.id) && !isPart(parts[main])) return row;
  return {
    ...(isPart(parts[main]) ? (parts[main] as object) : {}),
    ...(isPart(parts.id) ? (parts.id as object) : {}),
  };
}

/** One row of `GET /property?part=id`: the portal's id, the transfer id and office (guessed). */
export const propertyIdRow = lazySchema(() =>
  z.object({
    id: looseNumber,
    transfer_id: looseString.optional(),
    office_id: looseNumber.optional(),
  }),
);

/** One office of `GET /office` (its `office.name`, its firm's and region's names). */
export const officeRow = lazySchema(() =>
  z.object({
    id: looseNumber,
    name: looseString.optional(),
  }),
);

/** One seller (agent) of `GET /seller` (guessed: `seller.name`). */
export const sellerRow = lazySchema(() =>
  z.object({
    id: looseNumber,
    name: looseString.optional(),
    office_id: looseNumber.optional(),
  }),
);

/** One region of `GET /region`: the portal's own geography, with ids (guessed: `region.name`). */
export const regionRow = lazySchema(() =>
  z.object({
    id: looseNumber,
    name: looseString,
    parent_id: looseNumber.optional(),
  }),
);

/** One answer of a `POST /batch` (207 Multi-Status), in the order of the requests. */
export const batchAnswer = lazySchema(() =>
  z.object({
    status: looseNumber,
    body: z.unknown().optional(),
  }),
);

/** The created or modified property's answer (guessed: its portal id). */
export const savedProperty = lazySchema(() =>
  z.object({ id: looseNumber.optional().catch(undefined) }),
);

/** The rows of a list answer, each flattened: a bare array, or the first array in a wrapper. */
export function unwrapList(json: unknown, main: string): unknown {
  const rows =
    Array.isArray(json) || typeof json !== 'object' || json === null
      ? json
      : (Object.values(json).find(Array.isArray) ?? []);
  return Array.isArray(rows) ? rows.map((row) => flattenRow(row, main)) : rows;
}
