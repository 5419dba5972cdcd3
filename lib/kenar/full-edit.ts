import { AppError } from '../errors';
import {
  type CategoryField,
  checkCategoryData,
  type FieldInput,
  fieldsOfSchema,
  toCategoryData,
  valuesOf,
} from './category-fields';
import type { KenarClient } from './client';
import { ensureAllowed } from './own-posts';
import type { KenarSession } from './session';

/** The full-edit form of an own post: its category, the category's fields and their current values. */
export interface CategoryForm {
  category: string;
  fields: CategoryField[];
  values: Record<string, FieldInput>;
}

/**
 * Full edit of an own post from its category's submit schema (Kenar assets): the form, then
 * edit v2 with an update mask of exactly the fields sent, checked against the schema first.
 */
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
  const formOf = async (token: string): Promise<CategoryForm> => {
    await ensureAllowed(session, await refused(), 'posts');
    const category = await categoryOf(token);
    const [schema, post] = await Promise.all([
      client.submitSchema(category),
      client.getUserPost(token),
    ]);
    const fields = fieldsOfSchema((schema as { schema?: unknown }).schema);
    return {
      category,
      fields,
      values: valuesOf(fields, post.category_data as Record<string, unknown> | undefined),
    };
  };
  return {
    categoryForm: formOf,
    async editFields(token: string, values: Record<string, FieldInput>) {
      const { fields } = await formOf(token);
      const problem = checkCategoryData(fields, values)[0];
      if (problem) throw new AppError('kenar-invalid', `${problem.key}: ${problem.code}`);
      await ensureAllowed(session, await refused(), 'edit', token);
      const data = toCategoryData(fields, values);
      await client.editPostV2(token, {
        update_mask: Object.keys(data).map((key) => `category_data.${key}`),
        category_data: data,
      });
    },
  };
}
