/** Assets shapes (cities, districts, categories, brand-models, colours, submit-schema). */
import { z } from 'zod';
import { enumOption, jsonObject } from './common';

/** `assetsGetCitiesResponse`. */
export const citiesResponse = z.object({ cities: z.array(enumOption).optional() });

/** `assetsGetDistrictsResponse`. */
export const districtsResponse = z.object({ districts: z.array(enumOption).optional() });

/** `assetsGetCategoriesResponse`: leaf category slugs. */
export const categoriesResponse = z.object({ categories: z.array(enumOption).optional() });

/** `assetsGetBrandModelsResponse` (only `light` and `mobile-phones` have them). */
export const brandModelsResponse = z.object({ brand_models: z.array(enumOption).optional() });

/** `assetsGetColorsResponse`. */
export const colorsResponse = z.object({ colors: z.array(enumOption).optional() });

/** `assetsGetSubmitSchemaResponse`: a JSON Schema of a category's fields. */
export const submitSchemaResponse = z.object({ schema: jsonObject.optional() });

export type EnumOption = z.infer<typeof enumOption>;
