/**
 * `general_data` of a post: the whole object the spec requires on every write (edit v2 ignores
 * fields outside its mask but the spec still asks for all of them), built from a post's current
 * data and a change.
 */
import { AppError } from '../errors';
import type { GeneralDataInput, GeneralDataOutput } from './schemas/common';

/** The full `general_data` of a post: its current data with `patch` applied (text trimmed). */
export function fullGeneralData(
  current: GeneralDataOutput,
  patch: Partial<GeneralDataInput>,
): GeneralDataInput {
  const merged = { ...current, ...patch };
  const { category_slug, city } = merged;
  if (!category_slug || !city) throw new AppError('schema', 'user post has no category or city');
  return {
    ...merged,
    category_slug,
    city,
    title: (merged.title ?? '').trim(),
    description: (merged.description ?? '').trim(),
    images: merged.images ?? [],
    location_type: merged.location_type ?? 'LOCATION_TYPE_EMPTY',
    hide_phone: merged.hide_phone ?? false,
    chat_enabled: merged.chat_enabled ?? false,
  };
}

/** Whether two lists of image paths differ (order counts: the first photo is the cover). */
export function imagesDiffer(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return JSON.stringify(a ?? []) !== JSON.stringify(b);
}
