import type { FormData } from './form-data';
import { repeatedString } from './form-data';
import { inferWrapper, readValue, splitList } from './param-values';
import { BODY_PARAMS, FILTER_PARAMS, NON_FILTER_PARAMS } from './search-params';
import type { SearchNote, SearchUrlError } from './search-query';
import { toAsciiDigits } from './text';

const TRACKING = /^(utm_|fbclid$|gclid$|ref$)/;

/** Every value of a parameter, joined as one comma list (repeats are merged, not dropped). */
function joinedValue(params: URLSearchParams, key: string): string {
  return params.getAll(key).join(',');
}

function readDistricts(
  raw: string | undefined,
  pathId: string | undefined,
  errors: SearchUrlError[],
) {
  const ids = raw === undefined ? [] : splitList(toAsciiDigits(raw));
  if (ids.some((id) => !/^\d+$/.test(id))) {
    errors.push({
      kind: 'bad-value',
      param: 'districts',
      value: raw,
      message: 'districts must be place ids',
    });
  }
  // The path district is part of the selection but never repeated in districts= (NOTES §3.1).
  // The browser sends the ids sorted as strings (captured request sample).
  return [...new Set([...(pathId ? [pathId] : []), ...ids])].sort();
}

/**
 * Reads every filter parameter of a search URL into `form_data`, with the wrapper NOTES §3.2
 * gives it; unknown parameters get a guessed wrapper and a note, bad values an error.
 */
export function readFilterParams(
  params: URLSearchParams,
  pathDistrictId: string | undefined,
  notes: SearchNote[],
  errors: SearchUrlError[],
): { formData: FormData; pathDistrictUsed: boolean } {
  const formData: FormData = {};
  for (const key of new Set(params.keys())) {
    const raw = joinedValue(params, key);
    const note = (kind: SearchNote['kind'], detail: string) =>
      notes.push({ kind, param: key, value: raw, detail });
    if (key === 'districts' || BODY_PARAMS.has(key)) continue;
    if (NON_FILTER_PARAMS.has(key) || TRACKING.test(key)) {
      note('ignored-param', `${key} is not a filter`);
      continue;
    }
    const known = FILTER_PARAMS[key];
    const wrapper = known?.wrapper ?? inferWrapper(raw);
    const read =
      known?.meansAll === raw.trim()
        ? ({ ok: true, value: undefined } as const)
        : readValue(wrapper, raw);
    if (!read.ok) {
      errors.push({ kind: 'bad-value', param: key, value: raw, message: `${key}: ${read.reason}` });
    } else if (read.value === undefined) {
      note('ignored-param', `${key}=${raw} means no filter`);
    } else {
      formData[key] = read.value;
      if (!known) note('inferred-param', `unknown parameter sent as ${wrapper}`);
      else if (known.evidence !== 'captured')
        note('unverified-param', `${wrapper} is ${known.evidence}`);
    }
  }
  const districts = readDistricts(
    params.has('districts') ? joinedValue(params, 'districts') : undefined,
    pathDistrictId,
    errors,
  );
  if (districts.length > 0) formData.districts = repeatedString(districts);
  return { formData, pathDistrictUsed: pathDistrictId !== undefined };
}
