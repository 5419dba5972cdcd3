import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { divarSampleText } from '../fixtures/files.ts';
import type { CorpusListing } from './index.ts';
import { keyPaths, startTestReplica, type TestReplica } from './test-support.ts';

const GAMMAXVI = 'post_detail_apartment-sell_gammaxvi.json';
const GAXWZCEZ = 'post_detail_jobs_gaxWZCEz.json';

let t: TestReplica;
beforeAll(async () => {
  t = await startTestReplica({ seed: 5 });
});
afterAll(() => t.replica.close());

const getPost = (token: string) =>
  t.fetch(`https://api.divar.ir/v8/posts-v2/web/${token}`, {
    headers: { accept: 'application/json-filled' },
  });

function pick(predicate: (l: CorpusListing) => boolean): CorpusListing {
  const listing = t.replica.corpus.listings.find((l) => l.source === 'generated' && predicate(l));
  if (!listing) throw new Error('no such listing in the corpus');
  return listing;
}

describe('GET /v8/posts-v2/web/{token}', () => {
  it.each([
    ['gammaxvi', GAMMAXVI],
    ['gaxWZCEz', GAXWZCEZ],
  ])('serves the real sample %s verbatim', async (token, file) => {
    const response = await getPost(token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const text = await response.text();
    expect(text).toBe(divarSampleText(file));
    expect(JSON.parse(text)).toEqual(JSON.parse(divarSampleText(file)));
  });

  it('builds generated real-estate posts with exactly the key structure of gammaxvi', async () => {
    const features = (l: CorpusListing) => [l.elevator, l.parking, l.warehouse];
    const listing = pick(
      (l) =>
        l.category === 'apartment-sell' &&
        l.businessType === 'premium-panel' &&
        l.imagesAreIllustrative &&
        l.images.length > 0 &&
        features(l).some(Boolean) &&
        !features(l).every(Boolean),
    );
    const generated = await (await getPost(listing.token)).json();
    expect([...keyPaths(generated)].sort()).toEqual(
      [...keyPaths(JSON.parse(divarSampleText(GAMMAXVI)))].sort(),
    );
    const sections = generated.sections.map((s: { section_name: string }) => s.section_name);
    expect(sections).toEqual([
      'BREADCRUMB',
      'TITLE',
      'DESCRIPTION',
      'IMAGE',
      'LIST_DATA',
      'TAGS',
      'MAP',
      'NOTE',
      'STATIC',
      'BUSINESS_SECTION',
    ]);
    const rows = generated.sections[4].widgets.filter(
      (w: { widget_type: string }) => w.widget_type === 'UNEXPANDABLE_ROW',
    );
    expect(rows.map((w: { data: { title: string } }) => w.data.title)).toEqual([
      'تصویرها برای همین ملک است؟',
      'قیمت کل',
      'قیمت هر متر',
      'طبقه',
    ]);
    expect(generated.webengage.price).toBe(Math.fround(listing.price ?? 0));
    expect(generated.contact.contact_uuid).toBe(listing.contactUuid);
    expect(generated.sections[1].widgets[1].data.widget_list[0].data.text).toMatch(
      /^انتشار آگهی: [۰-۹]+ [^ ]+ ۱۴۰۵، [۰-۹]{2}:[۰-۹]{2}/,
    );
  });

  it('builds generated job posts with the key structure of gaxWZCEz', async () => {
    const listing = pick((l) => l.category === 'administration-and-hr' && l.images.length > 0);
    const generated = await (await getPost(listing.token)).json();
    expect([...keyPaths(generated)].sort()).toEqual(
      [...keyPaths(JSON.parse(divarSampleText(GAXWZCEZ)))].sort(),
    );
    expect(generated.analytics).toEqual({
      cat1: 'jobs',
      cat2: 'administration-and-hr',
      city: expect.any(String),
    });
  });

  it('builds car, mobile and rent posts with the same top-level structure', async () => {
    const topKeys = Object.keys(JSON.parse(divarSampleText(GAMMAXVI))).sort();
    for (const category of ['light', 'mobile-phones', 'apartment-rent'] as const) {
      const listing = pick((l) => l.category === category);
      const post = await (await getPost(listing.token)).json();
      expect(Object.keys(post).sort()).toEqual(topKeys);
      expect(post.seo.web_info.title).toBe(listing.title.replace(/\//g, '_'));
      expect(
        post.sections.find((s: { section_name: string }) => s.section_name === 'LIST_DATA').widgets
          .length,
      ).toBeGreaterThan(2);
    }
  });

  it('answers 404 with {"message":"آگهی یافت نشد"} for an unknown token', async () => {
    const response = await getPost('QQQQQQQQ');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: 'آگهی یافت نشد' });
  });
});
