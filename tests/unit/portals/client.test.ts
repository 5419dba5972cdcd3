// Every endpoint of the ingatlanok.hu client against the replica (real TLS, the portal's rules).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createIngatlanokClient, propertyUri } from '@/lib/portals/ingatlanok/client';
import { mapToIngatlanok } from '@/lib/portals/ingatlanok/mapping';
import type { PropertyBody } from '@/lib/portals/ingatlanok/schemas';
import { startTestReplica, type TestReplica } from '../../replica/test-support.ts';
import { CHOICES, saleListing, TARGET } from './listings.ts';

const SANDBOX = 'https://sandbox.ingatlanok.hu';
let t: TestReplica;
let bad = 0;
beforeAll(async () => {
  t = await startTestReplica({ corpusSize: 20 });
});
beforeEach(async () => {
  bad = 0;
  await t.fetch(`${SANDBOX}/__replica/ingatlanok/reset`, { method: 'POST' });
});
afterAll(() => t.replica.close());

const clientFor = (
  password = 'demo-json-password',
  environment: 'sandbox' | 'production' = 'sandbox',
) =>
  createIngatlanokClient({
    fetch: t.fetch,
    credentials: async () => ({ user: 'demo-agent', password, environment }),
    onBadRequests: (count) => {
      bad += count;
    },
  });
const bodyOf = (n: number) =>
  mapToIngatlanok(saleListing(n), TARGET, CHOICES).object as PropertyBody;

describe('the ingatlanok.hu client', () => {
  it('sends HTTP Basic auth to the sandbox, reads offices, sellers and regions grouped by part', async () => {
    const client = clientFor();
    expect(await client.offices()).toContainEqual({ id: 7001, name: 'Dunapart Iroda' });
    expect((await client.sellers()).map((s) => s.name)).toContain('Kovács Anna');
    expect(await client.regions()).toContainEqual({
      id: 105,
      name: 'Budapest V. kerület',
      parent_id: 1,
    });
    const sent = t.replica.log.entries().filter((e) => e.host === 'sandbox.ingatlanok.hu');
    expect(sent.map((e) => e.headers.authorization)).toEqual(Array(3).fill('Basic [redacted]'));
  });

  it('turns wrong credentials into portal-auth and counts the bad request', async () => {
    await expect(clientFor('wrong').offices()).rejects.toMatchObject({
      kind: 'portal-auth',
      details: { status: 401, portalCode: 1 },
    });
    expect(bad).toBe(1);
  });

  it('creates, lists by id, modifies in place and deletes a property', async () => {
    const client = clientFor();
    const created = await client.createProperty(bodyOf(1));
    expect(created.id).toBeGreaterThan(0);
    expect(await client.properties()).toEqual([
      { id: created.id, transfer_id: 'dv-Ab000001', office_id: 7001 },
    ]);
    const ref = { transferId: 'dv-Ab000001', officeId: 7001 };
    expect(await client.updateProperty(ref, bodyOf(1))).toEqual({ id: created.id });
    await expect(client.createProperty(bodyOf(1))).rejects.toMatchObject({
      kind: 'portal-rejected',
      details: { portalCode: 24 },
    });
    await client.deleteProperty({ id: created.id ?? 0 });
    expect(await client.properties()).toEqual([]);
    // Deleting and creating again soon after is a duplicate: updates are PUTs, never this.
    await expect(client.createProperty(bodyOf(1))).rejects.toMatchObject({
      details: { portalCode: 25 },
    });
    expect(bad).toBe(2);
  });

  it('adds, changes and deletes images of a property', async () => {
    const client = clientFor();
    await client.createProperty(bodyOf(2));
    const image = { id: { transfer_id: 'dv-Ab000002' }, image: { url: 'https://x.invalid/1.jpg' } };
    await expect(client.addImages(image)).resolves.toEqual({});
    await expect(client.updateImages(image)).resolves.toEqual({});
    await expect(
      client.deleteImages({ transferId: 'dv-Ab000002', officeId: 7001 }),
    ).resolves.toEqual({});
  });

  it('sends a batch and reads the 207 in order, counting each refused item', async () => {
    const client = clientFor();
    const invalid = { ...bodyOf(4), location: { region_id: 999 } };
    const answers = await client.batch([
      { method: 'POST', uri: '/property', body: bodyOf(3) },
      { method: 'POST', uri: '/property', body: invalid },
      { method: 'POST', uri: '/property', body: bodyOf(3) },
      {
        method: 'PUT',
        uri: propertyUri({ transferId: 'dv-Ab000003', officeId: 7001 }),
        body: bodyOf(3),
      },
    ]);
    expect(answers.map((a) => a.status)).toEqual([201, 400, 400, 200]);
    expect(answers[1]?.body).toMatchObject({
      error_code: 2,
      error_description: expect.stringMatching(/region_id/),
    });
    expect(answers[2]?.body).toMatchObject({ error_code: 24 });
    expect(bad).toBe(2);
  });

  it('answers error 12 to everything once the hour holds 100 bad requests', async () => {
    await t.fetch(`${SANDBOX}/__replica/ingatlanok/spend`, {
      method: 'POST',
      body: JSON.stringify({ count: 100 }),
    });
    await expect(clientFor().regions()).rejects.toMatchObject({
      kind: 'portal-budget',
      details: { portalCode: 12 },
    });
  });

  it('keeps production apart from the sandbox', async () => {
    await clientFor().createProperty(bodyOf(5));
    expect(await clientFor('demo-json-password', 'production').properties()).toEqual([]);
  });

  it('reads a drifted row without losing the others', async () => {
    const client = createIngatlanokClient({
      fetch: async () =>
        new Response(JSON.stringify([{ id: { id: '17', transfer_id: 'dv-a' } }, { id: 'x' }])),
      credentials: async () => ({ user: 'u', password: 'p', environment: 'sandbox' }),
    });
    expect(await client.properties()).toEqual([{ id: 17, transfer_id: 'dv-a' }]);
  });

  it('says network for a connection that never answers', async () => {
    const client = createIngatlanokClient({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
      credentials: async () => ({ user: 'u', password: 'p', environment: 'sandbox' }),
    });
    await expect(client.batch([])).rejects.toMatchObject({ kind: 'network' });
  });
});
