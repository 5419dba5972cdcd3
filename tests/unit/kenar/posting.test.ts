/** Posting through the Kenar service against the replica: can-submit, a new post, photos, buttons. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toBase64 } from '@/lib/kenar/base64';
import type { NewPostInput } from '@/lib/kenar/schemas/new-post';
import type { KenarService } from '@/lib/kenar/service';
import { createReplicaFetch, type Replica, startReplica } from '../../replica/index.ts';
import { DEMO_APP } from '../../replica/kenar/state.ts';
import { control } from '../../replica/kenar/test-support.ts';
import { replicaService } from './replica-service.ts';

let replica: Replica;
let fetch: typeof globalThis.fetch;
let kenar: KenarService;
let launched: string[];
let mine: string[];

beforeAll(async () => {
  replica = await startReplica({ seed: 11, corpusSize: 300 });
  fetch = createReplicaFetch(replica);
});
afterAll(() => replica.close());
beforeEach(async () => {
  mine = (await control(fetch, 'reset')).posts.map((p: { token: string }) => p.token);
  ({ kenar, launched } = await replicaService(fetch));
  await kenar.connect();
});

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
const upload = async (id: string, bytes = JPEG) => {
  const answer = await kenar.photoPiece({
    upload: id,
    index: 0,
    count: 1,
    type: 'image/jpeg',
    data: toBase64(bytes),
  });
  if (!answer.photo) throw new Error('no photo');
  return answer.photo;
};

const input = (patch: Partial<NewPostInput> = {}): NewPostInput => ({
  businessToken: 'bPersonal01',
  city: 'tehran',
  district: 'vanak',
  category: 'apartment-sell',
  title: 'آپارتمان ۸۰ متری ونک',
  description: 'نوساز، نورگیر',
  chatEnabled: true,
  hidePhone: false,
  values: {
    size: '۸۰',
    rooms: '2',
    building: { floor: '۳', total_floors: '5' },
    amenities: ['parking', 'lobby'],
    nearby: [{ place: 'مترو ونک', minutes: '5' }],
  },
  photos: [],
  ...patch,
});

describe('can-submit and the first step', () => {
  it('asks for the submit scope with the businesses scope, then says yes or why not', async () => {
    await expect(kenar.canSubmit()).rejects.toMatchObject({ kind: 'kenar-missing-scope' });
    await kenar.connect('submit');
    expect(new URL(launched.at(-1) ?? '').searchParams.get('scope')).toContain(
      'SUBMIT_USER_POST USER_BUSINESSES_READ',
    );
    expect(await kenar.canSubmit()).toEqual({ canSubmit: true });
    await control(fetch, 'faults', { cannotSubmit: true });
    await expect(kenar.canSubmit()).rejects.toMatchObject({ kind: 'kenar-cannot-submit' });
    const setup = await kenar.newPostSetup();
    expect(setup.cities.find((c) => c.slug === 'tehran')?.display).toBe('تهران');
    expect(setup.categories.some((c) => c.slug === 'apartment-sell')).toBe(true);
    expect(setup.businesses.map((b) => b.business_type)).toEqual([
      'PERSONAL',
      'REAL_ESTATE_BUSINESS',
    ]);
    expect((await kenar.districtsOf('tehran')).length).toBeGreaterThan(10);
    const form = await kenar.submitForm('apartment-sell');
    expect(form.fields.find((f) => f.key === 'building')?.fields?.[0]).toMatchObject({
      key: 'floor',
      required: true,
    });
  });
});

describe('a new post', () => {
  beforeEach(() => kenar.connect('submit').then(() => undefined));

  it('uploads photos, submits a user post for a personal account, and it shows up everywhere', async () => {
    const photos = [
      await upload('up-00000001'),
      await upload('up-00000002', new Uint8Array([0xff, 0xd8, 0xff, 9])),
    ];
    expect(photos.map((p) => p.via)).toEqual(['v2', 'v2']);
    const made = await kenar.submitPost(input({ photos }));
    expect(made).toMatchObject({ via: 'user', link: `https://divar.ir/v/${made.token}` });
    expect((await kenar.myPosts()).map((p) => p.token)).toContain(made.token);
    const own = await kenar.userPost(made.token);
    expect(own.state).toBe('POST_STATE_WAITING_FOR_PAYMENT');
    expect(own.general_data?.images).toEqual(photos.map((p) => p.path));
    expect(own.category_data).toEqual({
      size: 80,
      rooms: '2',
      building: { floor: 3, total_floors: 5 },
      amenities: ['parking', 'lobby'],
      nearby: [{ place: 'مترو ونک', minutes: 5 }],
    });
    expect((await kenar.getPost(made.token)).state).toBe('PAYMENT_REQ');
  });

  it('posts for a business with submit post v2, and as a user post where the key lacks SUBMIT_POST', async () => {
    const business = input({ businessToken: 'bAftab0001' });
    expect((await kenar.submitPost(business)).via).toBe('v2');
    await control(fetch, 'apps', {
      slug: DEMO_APP.slug,
      permissions: [
        'SUBMIT_USER_POST',
        'CAN_USER_SUBMIT_POST',
        'GET_USER_BUSINESSES',
        'GET_USER_POSTS',
      ],
    });
    const made = await kenar.submitPost(business);
    expect(made.via).toBe('user');
    expect((await kenar.myPosts()).map((p) => p.token)).toContain(made.token);
  });

  it('refuses before sending: a bad nested field, a short title, an unknown business', async () => {
    const posts = () => replica.log.entries().filter((e) => e.path.includes('/new')).length;
    const before = posts();
    await expect(
      kenar.submitPost(input({ values: { size: '80', rooms: '2', building: { floor: '۹۹۹' } } })),
    ).rejects.toMatchObject({ kind: 'kenar-invalid', message: 'building.floor: too-large' });
    await expect(kenar.submitPost(input({ title: 'اب' }))).rejects.toMatchObject({
      message: 'title: too-short',
    });
    await expect(kenar.submitPost(input({ businessToken: 'bSomeoneElse' }))).rejects.toMatchObject({
      message: 'business: not-an-option',
    });
    expect(posts()).toBe(before);
  });

  it('gives Kenar’s refusals their kinds: a field, a photo never uploaded, the daily quota', async () => {
    await control(fetch, 'faults', { refuseField: 'category_fields.size' });
    await expect(kenar.submitPost(input())).rejects.toMatchObject({
      kind: 'kenar-invalid',
      message: expect.stringContaining('category_fields.size'),
    });
    await control(fetch, 'faults', { refuseField: null, rateLimitNext: 1 });
    await expect(kenar.submitPost(input())).rejects.toMatchObject({ kind: 'kenar-rate-limit' });
    await expect(
      kenar.submitPost(input({ photos: [{ path: 'never.jpg' }] })),
    ).rejects.toMatchObject({
      kind: 'kenar-invalid',
      message: expect.stringContaining('general_data.images[0]'),
    });
  });

  it('copies an own post and a public one into the schema', async () => {
    const own = await kenar.copySource(mine[0] ?? '', 'own');
    expect(own.input.category).toBe('apartment-sell');
    expect(own.input.values?.size).toMatch(/^\d+$/);
    expect(own.unmapped).toContain('images');
    const other = replica.corpus.listings.find(
      (l) => l.category === 'apartment-sell' && !mine.includes(l.token),
    );
    const copy = await kenar.copySource(other?.token ?? '', 'public');
    expect(copy.input).toMatchObject({ category: 'apartment-sell', title: other?.title });
    expect(copy.input.values?.price ?? copy.input.values?.size).toBeDefined();
  });
});

describe('Kenar’s lists in the forms, and who is connected', () => {
  it('offers brand-models and colours from the assets where the schema leaves them free text', async () => {
    const { fields } = await kenar.submitForm('mobile-phones');
    const brand = fields.find((f) => f.key === 'brand_model');
    expect(brand).toMatchObject({ kind: 'choice', required: true });
    expect(brand?.options?.[1]).toEqual({ value: 'apple iphone 13', label: 'اپل iPhone 13' });
    expect(fields.find((f) => f.key === 'color')?.options?.[0]).toEqual({
      value: 'white',
      label: 'سفید',
    });
  });

  it('tells the connected user’s per-app id once USER_ID is allowed', async () => {
    await expect(kenar.whoAmI()).rejects.toMatchObject({ kind: 'kenar-missing-scope' });
    await kenar.connect('user');
    expect((await kenar.whoAmI()).userId).toMatch(/^u/);
  });
});

describe('photos and drafts', () => {
  it('falls back to the v1 upload URL where v2 is refused, and names a photo too large', async () => {
    await control(fetch, 'faults', { refuseUploadV2: true });
    expect((await upload('up-00000003')).via).toBe('v1');
    await control(fetch, 'faults', { refuseUploadV2: false, imageMaxBytes: 4 });
    await expect(upload('up-00000004')).rejects.toMatchObject({ kind: 'kenar-photo-too-large' });
    await control(fetch, 'faults', { imageMaxBytes: 2_000_000 });
    await expect(upload('up-00000005', new Uint8Array([1, 2, 3]))).rejects.toMatchObject({
      kind: 'kenar-not-an-image',
    });
  });

  it('keeps one draft until it is dropped', async () => {
    expect(await kenar.draft()).toBeNull();
    await kenar.saveDraft({ input: input(), savedAt: 5, copiedFrom: 'gAbc1234' });
    expect((await kenar.draft())?.input.title).toBe('آپارتمان ۸۰ متری ونک');
    await kenar.dropDraft();
    expect(await kenar.draft()).toBeNull();
  });
});

describe('photos on an edit, and the business-wide button', () => {
  it('sends exactly the fields and photos that changed', async () => {
    const token = mine[0] ?? '';
    await kenar.connect('edit', token);
    const form = await kenar.categoryForm(token);
    const photo = await upload('up-00000006');
    const images = [photo.path, ...form.images.slice(1).reverse()];
    const values = { ...form.values, rooms: form.values.rooms === '3' ? '1' : '3' };
    const result = await kenar.editFields(token, values, images);
    expect(result.changed).toEqual(['general_data.images', 'category_data.rooms']);
    expect((await kenar.userPost(token)).general_data?.images).toEqual(images);
    expect(await kenar.editFields(token, values, images)).toEqual({ changed: [] });
    expect((await kenar.editFields(token, values)).changed).toEqual([]); // photos left alone
  });

  it('sets the button on every post of a business after its own scope, and removes it', async () => {
    const businesses = await kenar.connect('businesses').then(() => kenar.businesses());
    const agency =
      businesses.find((b) => b.business_type === 'REAL_ESTATE_BUSINESS')?.business_token ?? '';
    const button = { type: 'ONLINE_CALL' as const, link: 'https://aftab.example/call' };
    await expect(kenar.setBusinessButton(agency, button)).rejects.toMatchObject({
      kind: 'kenar-missing-scope',
      message: `needs BUSINESS_CREATE_CUSTOMIZED_BUTTON.${agency}`,
    });
    await kenar.connect('business-button', agency);
    await kenar.setBusinessButton(agency, button);
    let state = await control(fetch, 'faults', {});
    expect(state.businessButtons[agency]).toEqual({
      type: 'ONLINE_CALL',
      action: { open_direct_link: 'https://aftab.example/call' },
    });
    await kenar.deleteBusinessButton(agency);
    state = await control(fetch, 'faults', {});
    expect(state.businessButtons[agency]).toBeUndefined();
    await expect(
      kenar.setBusinessButton(agency, { ...button, link: 'http://x' }),
    ).rejects.toMatchObject({
      message: 'link: bad-link',
    });
  });
});
