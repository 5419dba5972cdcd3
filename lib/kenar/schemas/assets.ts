/** Assets shapes (cities, districts, categories, brand-models, colours, submit-schema). */
import { z } from 'zod';
import { lazySchema } from '../../schema/lazy';
import { enumOption, jsonObject } from './common';

/** `assetsGetCitiesResponse`. */
export const citiesResponse = lazySchema(() =>
  z.object({ cities: z.array(enumOption).optional() }),
);

/** `assetsGetDistrictsResponse`. */
export const districtsResponse = lazySchema(() =>
  z.object({ districts: z.array(enumOption).optional() }),
);

/** `assetsGetCategoriesResponse`: leaf category slugs. */
export const categoriesResponse = lazySchema(() =>
  z.object({ categories: z.array(enumOption).optional() }),
);

/** `assetsGetBrandModelsResponse` (only `light` and `mobile-phones` have them). */
export const brandModelsResponse = lazySchema(() =>
  z.object({ brand_models: z.array(enumOption).optional() }),
);

/** `assetsGetColorsResponse`. */
export const colorsResponse = lazySchema(() =>
  z.object({ colors: z.array(enumOption).optional() }),
);

/** `assetsGetSubmitSchemaResponse`: a JSON Schema of a category's fields. */
export const submitSchemaResponse = lazySchema(() => z.object({ schema: jsonObject.optional() }));

export type EnumOption = z.infer<typeof enumOption>;
