/**
 * A new listing through Kenar, as the background does it: can-submit first, then Kenar's assets
 * (cities, districts, categories) and the user's businesses, the category's form, a copy of
 * another post to start from, and the submission itself, checked before anything is sent.
 */

import { postUrlOf } from '../divar/post-url';
import { AppError } from '../errors';
import { withAssetChoices } from './asset-choices';
import { type CategoryField, fieldsOfSchema } from './category-fields';
import type { KenarClient } from './client';
import { checkCategoryData } from './field-checks';
import { toCategoryData } from './field-values';
import { checkNewPost } from './new-post-checks';
import { ensureAllowed } from './own-posts';
import { type CopiedPost, copyOfRecord, copyOfUserPost } from './post-copy';
import type { EnumOption } from './schemas/assets';
import type { UserBusiness } from './schemas/finder';
import type { NewPostInput } from './schemas/new-post';
import type { KenarAction } from './scopes';
import type { KenarSession } from './session';
import { submitTo } from './submit-route';

/** A place or category as a picker shows it: Kenar's slug and its Persian name. */
export interface AssetOption {
  slug: string;
  display: string;
}

/** What the first step of a new post needs. */
export interface NewPostSetup {
  cities: AssetOption[];
  categories: AssetOption[];
  businesses: UserBusiness[];
}

/** The new post Kenar made: its token, its divar link, and which submit call made it. */
export interface SubmittedPost {
  token: string;
  link: string;
  via: 'v2' | 'user';
}

const options = (list: EnumOption[] | undefined): AssetOption[] =>
  (list ?? []).flatMap((o) => (o.slug ? [{ slug: o.slug, display: o.display || o.slug }] : []));

/** Builds the new-post actions over a client and a session. */
export function createNewPost(
  client: KenarClient,
  session: KenarSession,
  refused: () => Promise<string[]>,
) {
  const allowed = async (action: KenarAction) => ensureAllowed(session, await refused(), action);
  const formFor = async (category: string): Promise<CategoryField[]> =>
    withAssetChoices(
      client,
      category,
      fieldsOfSchema((await client.submitSchema(category)).schema),
    );
  return {
    /** Throws `kenar-cannot-submit` when Kenar says this user may not post. */
    canSubmit: async () => {
      await allowed('submit');
      if (!(await client.canSubmit()).can_submit)
        throw new AppError('kenar-cannot-submit', 'can-submit answered can_submit: false');
      return { canSubmit: true as const };
    },
    newPostSetup: async (): Promise<NewPostSetup> => {
      await allowed('businesses');
      const [cities, categories, businesses] = await Promise.all([
        client.cities(),
        client.categories(),
        client.getUserBusinesses(),
      ]);
      return {
        cities: options(cities.cities),
        categories: options(categories.categories),
        businesses: businesses.businesses ?? [],
      };
    },
    districtsOf: async (city: string) => options((await client.districts(city)).districts),
    submitForm: async (category: string) => ({ category, fields: await formFor(category) }),
    /** A new post's start from post `token`: one of the user's (`own`) or any public one. */
    copySource: async (token: string, from: 'own' | 'public'): Promise<CopiedPost> => {
      if (from === 'own') {
        await allowed('posts');
        const post = await client.getUserPost(token);
        return copyOfUserPost(post, await formFor(post.general_data?.category_slug ?? ''));
      }
      const record = await client.getPost(token);
      return copyOfRecord(record, await formFor(record.category ?? ''));
    },
    /** Sends the new post (never retried: a lost answer must not make two posts). */
    submitPost: async (input: NewPostInput): Promise<SubmittedPost> => {
      await allowed('submit');
      const fields = await formFor(input.category);
      const problem = checkNewPost(input)[0] ?? checkCategoryData(fields, input.values)[0];
      if (problem) throw new AppError('kenar-invalid', `${problem.key}: ${problem.code}`);
      const businesses = (await client.getUserBusinesses()).businesses ?? [];
      const business = businesses.find((b) => b.business_token === input.businessToken);
      if (!business) throw new AppError('kenar-invalid', 'business: not-an-option');
      const { token, via } = await submitTo(client, business, {
        business_token: input.businessToken,
        general_data: {
          category_slug: input.category,
          city: input.city,
          ...(input.district ? { district: input.district } : {}),
          title: input.title.trim(),
          description: input.description.trim(),
          images: input.photos.map((photo) => photo.path),
          location_type: 'LOCATION_TYPE_EMPTY',
          hide_phone: input.hidePhone,
          chat_enabled: input.chatEnabled,
        },
        category_fields: toCategoryData(fields, input.values),
      });
      return { token, via, link: postUrlOf(token) };
    },
  };
}
