/**
 * The two real posts captured in tests/fixtures/divar-web/samples (gammaxvi, gaxWZCEz): their
 * posts-v2 JSON is served verbatim, and they also take part in searches as listings whose facts
 * are copied from the captures.
 */
import { divarSampleText } from '../../fixtures/files.ts';
import type { CorpusListing, ListingImage } from './types.ts';

const SAMPLE_FILES: Record<string, string> = {
  gammaxvi: 'post_detail_apartment-sell_gammaxvi.json',
  gaxWZCEz: 'post_detail_jobs_gaxWZCEz.json',
};

/** Every post token that appears in the reference samples; generated tokens avoid them all. */
export const REAL_SAMPLE_TOKENS: ReadonlySet<string> = new Set([
  ...['gapa1FMk', 'gapCVkTW', 'gapST84s', 'gapCTkSq', 'gapWiPux', 'ganKwkiP', 'gafebEer'],
  ...['gapCQxrL', 'gammaxvi', 'gaxWZCEz', 'AZ-2yPhB', 'AZ--REIA', 'gap5-Twe', 'AZ4LldV9'],
  ...['gapOqAFe', 'gap6V9xd', 'gapKlv_g', 'gaKu5_tB', 'gala1vuI', 'gagmw_S-', 'galCSjaC'],
  ...[
    'gapOQBF3',
    'gapGwthB',
    'gaYCIV74',
    'gaoy-XDp',
    'gaZayYsS',
    'gamaEAGF',
    'gajKAphW',
    'gaGfdm8V',
  ],
]);

const sampleTexts = new Map<string, string>();

/** The raw text of a sample posts-v2 response, or undefined when the token is not a sample. */
export function readSamplePostText(token: string): string | undefined {
  const file = Object.hasOwn(SAMPLE_FILES, token) ? SAMPLE_FILES[token] : undefined;
  if (file === undefined) return undefined;
  const cached = sampleTexts.get(file);
  if (cached !== undefined) return cached;
  const text = divarSampleText(file);
  sampleTexts.set(file, text);
  return text;
}

type Json = Record<string, unknown>;

function sampleImages(post: Json): ListingImage[] {
  const sections = (post.sections ?? []) as { section_name: string; widgets: Json[] }[];
  const carousel = sections.find((section) => section.section_name === 'IMAGE')?.widgets[0];
  const items = ((carousel?.data as Json | undefined)?.items ?? []) as { image: Json }[];
  const jpgUrl = String((post.seo as Json).image_url);
  return items.map(({ image }) => ({
    url: String(image.url),
    thumbnailUrl: String(image.thumbnail_url),
    jpgUrl,
  }));
}

function descriptionOf(post: Json): string {
  return String(((post.seo as Json).post_seo_schema as Json).description);
}

function readSamplePost(token: string): Json {
  return JSON.parse(readSamplePostText(token) ?? '{}') as Json;
}

const NO_FEATURES = {
  elevator: false,
  parking: false,
  warehouse: false,
  balcony: false,
  rebuilt: false,
};

/** The sample posts as corpus listings (facts transcribed from the captured JSON). */
export function sampleListings(): CorpusListing[] {
  const apartment = readSamplePost('gammaxvi');
  const job = readSamplePost('gaxWZCEz');
  return [
    {
      token: 'gammaxvi',
      source: 'sample',
      category: 'apartment-sell',
      cityId: 1,
      districtId: 1024,
      title: 'هـروی / ۹۸ متـر / فاقد آسانسور و پارکینگ',
      description: descriptionOf(apartment),
      sortDateMicros: Date.parse('2026-09-15T02:31:12.418Z') * 1000 + 307,
      publishedAt: Date.parse('2026-09-13T13:49:08.441Z'),
      redTags: ['نردبان شده'],
      businessType: 'premium-panel',
      agencyName: 'املاک ماکان',
      price: 20_500_000_000,
      size: 98,
      rooms: 2,
      floor: 3,
      yearBuilt: 1384,
      ...NO_FEATURES,
      warehouse: true,
      balcony: true,
      unitsPerFloor: 1,
      images: sampleImages(apartment),
      imagesAreIllustrative: true,
      lat: 35.767027356443,
      lon: 51.47634903593,
      contactUuid: '00000000-0000-4000-8000-00000000a001',
      phone: '09120009001',
      contactMethod: 'CALL',
      chatEnabled: true,
    },
    {
      token: 'gaxWZCEz',
      source: 'sample',
      category: 'administration-and-hr',
      cityId: 1,
      districtId: 208,
      title: 'استخدام منشی  و دستیار خانم',
      description: descriptionOf(job),
      sortDateMicros: Date.parse('2026-09-21T20:36:10.204Z') * 1000 + 155,
      publishedAt: Date.parse('2026-09-21T20:36:10.204Z'),
      redTags: [],
      businessType: 'personal',
      ...NO_FEATURES,
      jobType: 'تمام وقت',
      experience: 'حداقل ۱ سال',
      insurance: false,
      images: sampleImages(job),
      imagesAreIllustrative: false,
      lat: 35.71692176172678,
      lon: 51.400578649140556,
      contactUuid: '00000000-0000-4000-8000-00000000a002',
      phone: '09120009002',
      contactMethod: 'CALL',
      chatEnabled: true,
    },
  ];
}
