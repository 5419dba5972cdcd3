/**
 * Full edit of an own post: its category's fields from the submit schema (Kenar assets), its
 * photos, and edit v2 with an update mask of exactly what changed, checked against the schema
 * before anything is sent.
 */
import { AppError } from '../errors';
import { withAssetChoices } from './asset-choices';
import { type CategoryField, type FieldValues, fieldsOfSchema } from './category-fields';
import type { KenarClient } from './client';
import { checkCategoryData } from './field-checks';
import { changedFields, toCategoryData, valuesOf } from './field-values';
import { fullGeneralData, imagesDiffer } from './general-data';
import { ensureAllowed } from './own-posts';
import { PHOTO_LIMITS } from './photo-limits';
import type { KenarSession } from './session';

/** The full-edit form of an own post: its category's fields, their values and its photos. */
export interface CategoryForm {
  category: string;
  fields: CategoryField[];
  values: FieldValues;
  /** Image paths, the cover first. */
  images: string[];
  /** A picture of each path when Kenar's public record lists as many (else none). */
  imageUrls: string[];
}

/** What a full edit sent: the update mask (empty when nothing changed). */
export interface FullEditResult {
  changed: string[];
}

/** The public picture URLs of a post, when its record lists one per image path. */
async function pictures(client: KenarClient, token: string, count: number): Promise<string[]> {
  try {
    const urls = (await client.getPost(token)).data?.images;
    const strings = Array.isArray(urls) ? urls.filter((u) => typeof u === 'string') : [];
    return strings.length === count ? strings : [];
  } catch {
    return []; // not published yet, or no GET_POST permission: tiles show their number instead
  }
}

/** Builds the full edit over a client and a session. */
export function createFullEdit(
  client: KenarClient,
  session: KenarSession,
  refused: () => Promise<string[]>,
) {
  const categoryOf = async (token: string) => {
    const post = ((await client.getUserPosts()).posts ?? []).find((p) => p.token === token);
    if (!post?.category)
      throw new AppError('kenar-not-own-post', `${token} is not among your posts`);
    return post.category;
  };
  const load = async (token: string) => {
    await ensureAllowed(session, await refused(), 'posts');
    const category = await categoryOf(token);
    const [schema, post] = await Promise.all([
      client.submitSchema(category),
      client.getUserPost(token),
    ]);
    const fields = await withAssetChoices(client, category, fieldsOfSchema(schema.schema));
    const values = valuesOf(fields, post.category_data);
    return { category, fields, values, post };
  };
  return {
    categoryForm: async (token: string): Promise<CategoryForm> => {
      const { category, fields, values, post } = await load(token);
      const images = post.general_data?.images ?? [];
      return {
        category,
        fields,
        values,
        images,
        imageUrls: await pictures(client, token, images.length),
      };
    },
    /** Sends exactly the fields (and the photo list) that differ from the post's current ones. */
    async editFields(
      token: string,
      values: FieldValues,
      images?: string[],
    ): Promise<FullEditResult> {
      const { fields, values: current, post } = await load(token);
      const problem = checkCategoryData(fields, values)[0];
      if (problem) throw new AppError('kenar-invalid', `${problem.key}: ${problem.code}`);
      if (images && images.length > PHOTO_LIMITS.maxPhotos)
        throw new AppError('kenar-invalid', 'images: too-many');
      const keys = changedFields(fields, current, values);
      const photosChanged = images !== undefined && imagesDiffer(post.general_data?.images, images);
      const mask = [
        ...(photosChanged ? ['general_data.images'] : []),
        ...keys.map((key) => `category_data.${key}`),
      ];
      if (mask.length === 0) return { changed: [] };
      await ensureAllowed(session, await refused(), 'edit', token);
      const data = toCategoryData(fields, values);
      await client.editPostV2(token, {
        update_mask: mask,
        ...(photosChanged
          ? { general_data: fullGeneralData(post.general_data ?? {}, { images }) }
          : {}),
        ...(keys.length > 0 ? { category_data: data } : {}),
      });
      return { changed: mask };
    },
  };
}
