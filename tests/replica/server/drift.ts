/**
 * The `drift` fault: answers as divar sends them when its API drifts (NOTES on server-driven UI).
 * Numbers and booleans arrive as text (numbers in Persian digits), every object gains a key no
 * reader knows, every widget list gains a widget of a new type, and one leaf per card and per post
 * changes type, so a reader must skip exactly those and keep everything else.
 */

const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const persian = (text: string) =>
  text.replace(/\d/g, (d) => PERSIAN[Number(d)] ?? d).replace('.', '٫');

function drift(value: unknown): unknown {
  if (typeof value === 'number') return persian(String(value));
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items = value.map(drift);
    const isWidgetList = value.some(
      (item) => typeof item === 'object' && item && 'widget_type' in item,
    );
    if (isWidgetList)
      items.splice(1, 0, {
        widget_type: 'FUTURE_PROMO_ROW',
        data: { title: 'ویجت تازه', rank: '۱' },
      });
    return items;
  }
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = drift(v);
  out.added_by_divar_later = { kind: 'unknown' };
  if (out.widget_type === 'POST_ROW' && typeof out.data === 'object' && out.data)
    (out.data as Record<string, unknown>).image_count = { value: 'غیرمنتظره' };
  return out;
}

/** A JSON body as a drifting divar would send it; the same text when it is not a JSON object. */
export function driftBody(body: string): string {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return body;
  }
  if (typeof json !== 'object' || json === null) return body;
  const drifted = drift(json) as Record<string, unknown>;
  // posts-v2: the post-level image count changes type too.
  const webengage = drifted.webengage as Record<string, unknown> | undefined;
  if (webengage) webengage.image_count = ['غیرمنتظره'];
  // The cursor goes back to the replica as it came: drifting it would test the replica, not us.
  const cursor = (json as { pagination?: { data?: unknown } }).pagination?.data;
  if (cursor !== undefined) (drifted.pagination as Record<string, unknown>).data = cursor;
  return JSON.stringify(drifted);
}
