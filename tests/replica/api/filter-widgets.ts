/**
 * Renders filter specs as widgets. Every widget has `uid: "filter_<key>"` (as in real responses,
 * e.g. `filter_brand_model`) and `data.field = {key, wrapper}` naming the form_data key and the
 * wrapper a search must use for it. Range bounds and colour/brand options come from the corpus.
 */
import type { CorpusListing } from '../corpus/types.ts';
import { brandModelOptions } from './filter-brands.ts';
import type { FilterOption, FilterSpec } from './filter-fields.ts';
import type { Wrapper } from './form-data.ts';
import { RANGE_FACTS } from './search-filter.ts';

type Widget = Record<string, unknown>;

function widget(
  type: string,
  dataType: string,
  key: string,
  wrapper: Wrapper,
  title: string,
  extra: Record<string, unknown>,
): Widget {
  return {
    widget_type: type,
    uid: `filter_${key}`,
    data: {
      '@type': `type.googleapis.com/widgets.${dataType}`,
      title,
      field: { key, wrapper },
      ...extra,
    },
  };
}

function rangeBounds(key: string, pool: readonly CorpusListing[], year: number) {
  const fact = RANGE_FACTS[key];
  const values = pool.flatMap((l) => {
    const value = fact?.(l, year);
    return value === undefined ? [] : [value];
  });
  if (values.length === 0) return {};
  return {
    minimum: String(values.reduce((a, b) => Math.min(a, b))),
    maximum: String(values.reduce((a, b) => Math.max(a, b))),
  };
}

function colorOptions(pool: readonly CorpusListing[]): FilterOption[] {
  const colors = new Set(pool.flatMap((l) => (l.color === undefined ? [] : [l.color])));
  return [...colors].sort((a, b) => a.localeCompare(b, 'fa')).map((c) => ({ title: c, value: c }));
}

/** The widget of one spec; `pool` = listings of the requested cities and category. */
export function filterWidget(spec: FilterSpec, pool: readonly CorpusListing[], year: number) {
  switch (spec.kind) {
    case 'range':
      return widget(
        'I_NUMBER_RANGE_ROW',
        'INumberRangeRowData',
        spec.key,
        'number_range',
        spec.title,
        {
          unit: spec.unit,
          ...rangeBounds(spec.key, pool, year),
        },
      );
    case 'chips':
      return widget(
        'I_MULTI_SELECT_CHIP_ROW',
        'IMultiSelectChipRowData',
        spec.key,
        'repeated_string',
        spec.title,
        {
          options: spec.options,
        },
      );
    case 'switch':
      return widget('I_SWITCH_ROW', 'ISwitchRowData', spec.key, 'boolean', spec.title, {});
    case 'select':
      return widget('I_SINGLE_SELECT_ROW', 'ISingleSelectRowData', spec.key, 'str', spec.title, {
        options: spec.options,
      });
    case 'color':
      return widget(
        'I_MULTI_SELECT_CHIP_ROW',
        'IMultiSelectChipRowData',
        'color',
        'repeated_string',
        'رنگ',
        {
          options: colorOptions(pool),
        },
      );
    case 'brand_model':
      return {
        widget_type: 'EXPANDABLE_FORM_ROW',
        uid: 'filter_brand_model_expandable',
        data: {
          '@type': 'type.googleapis.com/widgets.ExpandableFormRowData',
          title: 'برند و مدل',
          widget_list: [
            widget(
              'I_MULTI_SELECT_HIERARCHY_ROW',
              'IMultiSelectHierarchyRowData',
              'brand_model',
              'repeated_string',
              'برند و مدل',
              {
                options: brandModelOptions(pool),
              },
            ),
          ],
        },
      };
  }
}
