/**
 * What the portal does for one request, direct or inside a batch: list, create, modify and
 * delete properties, images, sellers, offices and regions. Error codes 12 and 24 are the page's;
 * the others (1 auth, 2 invalid field, 4 not found, 25 deleted and re-created) are guessed.
 */
import { type IngatlanokSystem, propertyKey } from './state.ts';
import { idOf, propertyProblem } from './validate.ts';

/** A status and a JSON body: a route's answer, or one item of a 207. */
export interface Answer {
  status: number;
  body: unknown;
}

/** The portal's error body. */
export const fail = (status: number, code: number, description: string): Answer => ({
  status,
  body: { error_code: code, error_description: description },
});

/** How soon a deleted transfer id may not be created again (flagged as a duplicate). */
const REUSE_AFTER_MS = 24 * 3_600_000;

function target(system: IngatlanokSystem, query: URLSearchParams) {
  const id = query.get('id');
  if (id) return [...system.properties.values()].find((p) => String(p.id) === id);
  const transfer = query.get('transfer_id');
  const office = Number(query.get('office_id'));
  return transfer ? system.properties.get(propertyKey(office, transfer)) : undefined;
}

function listProperties(system: IngatlanokSystem, query: URLSearchParams): Answer {
  const parts = (query.get('part') ?? '').split(',').filter(Boolean);
  // Rows grouped by part, as the portal's office list shows them.
  const rows = [...system.properties.values()].map((p) => {
    const id = { id: { id: p.id, transfer_id: p.transferId, office_id: p.officeId } };
    return parts.length === 1 && parts[0] === 'id' ? id : { ...(p.body as object), ...id };
  });
  return { status: 200, body: rows };
}

function create(system: IngatlanokSystem, body: unknown, now: number): Answer {
  const problem = propertyProblem(system, body, system.rules);
  if (problem) return fail(400, 2, problem);
  const { transferId = '', officeId = 0 } = idOf(body);
  const key = propertyKey(officeId, transferId);
  if (system.properties.has(key)) return fail(400, 24, 'Már van ilyen átviteli azonosító felvéve');
  if (now - (system.deleted.get(key) ?? -Infinity) < REUSE_AFTER_MS)
    return fail(400, 25, 'Duplikáció: törölt ingatlan újra felvéve');
  const id = system.nextId++;
  system.properties.set(key, {
    id,
    transferId,
    officeId,
    body,
    createdAt: now,
    modifiedAt: now,
    puts: 0,
  });
  return { status: 201, body: { id } };
}

function modify(system: IngatlanokSystem, query: URLSearchParams, body: unknown, now: number) {
  const found = target(system, query);
  if (!found) return fail(404, 4, 'Nincs ilyen ingatlan');
  const problem = propertyProblem(system, body, system.rules);
  if (problem) return fail(400, 2, problem);
  Object.assign(found, { body, modifiedAt: now, puts: found.puts + 1 });
  return { status: 200, body: { id: found.id } };
}

function remove(system: IngatlanokSystem, query: URLSearchParams, now: number): Answer {
  const found = target(system, query);
  if (!found) return fail(404, 4, 'Nincs ilyen ingatlan');
  const key = propertyKey(found.officeId, found.transferId);
  system.properties.delete(key);
  system.deleted.set(key, now);
  return { status: 200, body: { id: found.id } };
}

/** Answers one request of the API (its path after /api/json/v3, with its query). */
export function operate(
  system: IngatlanokSystem,
  method: string,
  uri: string,
  body: unknown,
  now: number,
): Answer {
  const url = new URL(uri, 'https://portal.invalid');
  const route = `${method} ${url.pathname}`;
  switch (route) {
    case 'GET /property':
      return listProperties(system, url.searchParams);
    case 'POST /property':
      return create(system, body, now);
    case 'PUT /property':
      return modify(system, url.searchParams, body, now);
    case 'DELETE /property':
      return remove(system, url.searchParams, now);
    case 'POST /property/image':
    case 'PUT /property/image':
      return idOf(body).transferId
        ? { status: 200, body: {} }
        : fail(400, 2, 'id.transfer_id: expected');
    case 'DELETE /property/image':
      return target(system, url.searchParams)
        ? { status: 200, body: {} }
        : fail(404, 4, 'Nincs ilyen ingatlan');
    case 'GET /seller':
      return { status: 200, body: system.sellers.map((s) => ({ id: { id: s.id }, seller: s })) };
    case 'GET /office':
      return { status: 200, body: system.offices.map(officeRow) };
    case 'GET /region':
      return { status: 200, body: system.regions.map((r) => ({ id: { id: r.id }, region: r })) };
    default:
      return fail(404, 4, `unknown endpoint ${route}`);
  }
}

function officeRow(o: IngatlanokSystem['offices'][number]) {
  return {
    id: { id: o.id },
    office: { id: o.id, name: o.office, status: 'active' },
    firm: { name: o.firm },
    region: { name: o.region },
  };
}
