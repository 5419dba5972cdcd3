/**
 * Checks of a new post's general fields before anything is sent, each naming its field: who
 * posts it, city and category, a title of 3 to 50 characters and a description (the spec's edit
 * limits; submit documents none of its own), and no more photos than a post takes.
 */
import type { FieldProblem } from './category-fields';
import { PHOTO_LIMITS } from './photo-limits';
import type { NewPostInput } from './schemas/new-post';
import { lengthOf, TITLE_MAX, TITLE_MIN } from './validate';

/** The general fields a new post's problems can name. */
export const GENERAL_FIELDS = [
  'business',
  'city',
  'category',
  'title',
  'description',
  'photos',
] as const;

/** Problems of the general fields; empty when they may be sent. */
export function checkNewPost(input: NewPostInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const required = (key: string, value: string | undefined) => {
    if (!value?.trim()) problems.push({ key, code: 'required' });
  };
  required('business', input.businessToken);
  required('city', input.city);
  required('category', input.category);
  const title = lengthOf(input.title);
  if (title === 0) problems.push({ key: 'title', code: 'required' });
  else if (title < TITLE_MIN) problems.push({ key: 'title', code: 'too-short', limit: TITLE_MIN });
  else if (title > TITLE_MAX) problems.push({ key: 'title', code: 'too-long', limit: TITLE_MAX });
  required('description', input.description);
  if (input.photos.length > PHOTO_LIMITS.maxPhotos)
    problems.push({ key: 'photos', code: 'too-many', limit: PHOTO_LIMITS.maxPhotos });
  return problems;
}
