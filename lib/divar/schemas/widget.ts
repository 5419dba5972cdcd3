import { z } from 'zod';
import { lazySchema } from '../../schema/lazy';
import { looseString } from '../read/lenient';
import { registerTagged } from '../read/unknown-keys';

/** Any JSON object; its unknown keys are kept as they are. */
export const looseRecord = lazySchema(() => z.record(z.string(), z.unknown()));

/** An entry whose tag (`widget_type`, `format`) we do not read: kept whole, never dropped. */
export type OtherEntry<K extends string> = { [P in K]: string } & {
  data?: Record<string, unknown>;
  [key: string]: unknown;
};

/** A widget of a type we do not read. */
export type OtherWidget = OtherEntry<'widget_type'>;

/**
 * Narrows a parsed widget to the described type `type` (a plain `widget_type ===` check cannot,
 * because the "other widget" member of the union has `widget_type: string`).
 */
export function isWidget<W extends { widget_type: string }, T extends string>(
  widget: W,
  type: T,
): widget is Extract<W, { widget_type: T }> {
  return widget.widget_type === type;
}

/**
 * Entries tagged by `key`: each is checked against the schema registered for its tag (errors keep
 * their full path, e.g. `list_widgets.3.data.token`); entries with other tags pass as OtherEntry.
 */
export function taggedSchema<K extends string, const M extends Record<string, z.ZodType>>(
  key: K,
  described: M,
): z.ZodType<z.output<M[keyof M]> | OtherEntry<K>> {
  const envelope = z.looseObject({ [key]: z.string() });
  const schema = envelope.transform((entry: Record<string, unknown>, ctx) => {
    const tag = String(entry[key]);
    const schema = Object.hasOwn(described, tag) ? described[tag] : undefined;
    if (!schema) return entry as unknown as OtherEntry<K>;
    const parsed = schema.safeParse(entry);
    if (parsed.success) return parsed.data as z.output<M[keyof M]>;
    // Re-raise the inner issues here so the caller's path prefix (list index, section…) is kept.
    for (const issue of parsed.error.issues)
      ctx.issues.push({ ...issue, input: entry } as z.core.$ZodRawIssue);
    return z.NEVER;
  });
  registerTagged(schema, key, described);
  return schema as unknown as z.ZodType<z.output<M[keyof M]> | OtherEntry<K>>;
}

/** A widget list entry (`{widget_type, data}`), see taggedSchema. */
export function widgetSchema<const M extends Record<string, z.ZodType>>(described: M) {
  return taggedSchema('widget_type', described);
}

/** A described widget: `widget_type` fixed, `data` as given, other keys (action_log…) kept. */
export function describedWidget<T extends string, D extends z.ZodType>(type: T, data: D) {
  return z.looseObject({ widget_type: z.literal(type), data });
}

/** The part of a `search_data.form_data` the normaliser reads: category and district ids. */
export const formDataRefSchema = lazySchema(() =>
  z.looseObject({
    data: z
      .looseObject({
        category: z.looseObject({ str: z.looseObject({ value: looseString }) }).optional(),
        districts: z
          .looseObject({ repeated_string: z.looseObject({ value: z.array(looseString) }) })
          .optional(),
      })
      .optional(),
  }),
);

/** `search_data` of a breadcrumb, chip or link action. */
export const searchDataRefSchema = lazySchema(() =>
  z.looseObject({ form_data: formDataRefSchema.optional() }),
);

/** An SEO breadcrumb (search page and post): each step's name and the search it links to. */
export const breadCrumbSchema = lazySchema(() =>
  z.array(
    z.looseObject({
      name: looseString.optional(),
      search_data: searchDataRefSchema.optional(),
    }),
  ),
);

/** Inferred type of searchDataRefSchema. */
export type SearchDataRef = z.infer<typeof searchDataRefSchema>;
