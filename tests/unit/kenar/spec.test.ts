/** Every endpoint we call, checked against tests/fixtures/kenar/openapi-v3.json. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type EndpointSpec, KENAR_ENDPOINTS } from '@/lib/kenar/endpoints';
import { operationById } from '../../replica/kenar/spec.ts';
import { compareZod } from './spec-compare.ts';

const ROWS = Object.entries(KENAR_ENDPOINTS) as [string, EndpointSpec][];

// The endpoints issue 5 lists (Finder, Post and Assets), and the user's businesses (issue 14:
// a post and a business-wide button need a business token).
const LISTED = [
  'Finder_GetUserBusinesses',
  'Finder_GetPost',
  'Finder_SearchPostV2',
  'Finder_GetUser',
  'Finder_GetUserIDByPhone',
  'Finder_GetUserPosts',
  'Post_CanUserSubmitPost',
  'Post_CreateBusinessCustomizedButton',
  'Post_DeleteBusinessCustomizedButton',
  'Post_SetPostCustomizedButton',
  'Post_DeletePostCustomizedButton',
  'Post_DeleteUserPost',
  'Post_EditPost',
  'Post_EditPostV2',
  'Post_GetImageUploadURL',
  'Post_GetUploadURLsV2',
  'Post_GetPostStats',
  'Post_GetUserPost',
  'Post_SubmitPostV2',
  'Post_SubmitUserPost',
  'Assets_GetCities',
  'Assets_GetDistricts',
  'Assets_GetDistricts2',
  'Assets_GetCategories',
  'Assets_GetBrandModels',
  'Assets_GetColors',
  'Assets_GetSubmitSchema',
];

describe('the endpoint table against the spec', () => {
  it('covers every endpoint the issue lists, once each', () => {
    const ids = ROWS.map(([, row]) => row.operationId);
    expect([...ids].sort()).toEqual([...LISTED].sort());
  });

  it.each(ROWS)('%s: method, path, parameters and security match', (_name, row) => {
    const op = operationById(row.operationId);
    expect(op, row.operationId).toBeDefined();
    if (!op) return;
    expect(row.method).toBe(op.method);
    expect(row.path).toBe(op.path);
    for (const name of row.query ?? []) expect(op.queryNames).toContain(name);
    expect([...(row.scopes ?? [])].sort()).toEqual([...op.scopes].sort());
    expect(row.auth === 'user').toBe(op.scopes.length > 0);
    if (row.auth === 'optional-key') expect(row.operationId).toMatch(/^Assets_/);
    else expect(op.needsKey).toBe(true);
  });

  it.each(ROWS)('%s: the request body schema agrees with the spec', (_name, row) => {
    const op = operationById(row.operationId);
    expect(Boolean(row.body)).toBe(Boolean(op?.requestBody));
    if (row.body && op?.requestBody)
      expect(compareZod(row.body, op.requestBody, 'request')).toEqual([]);
  });

  it.each(ROWS)('%s: the answer schema agrees with the spec', (_name, row) => {
    const op = operationById(row.operationId);
    expect(compareZod(row.response, op?.response ?? {}, 'response')).toEqual([]);
  });
});

describe('compareZod catches drift', () => {
  const spec = { $ref: '#/components/schemas/postPostGeneralData' };
  it('names a renamed field, a wrong type, an unknown enum value and a dropped requirement', () => {
    const drifted = z.object({
      category: z.string(),
      title: z.number(),
      description: z.string(),
      images: z.array(z.string()),
      city: z.string(),
      location_type: z.enum(['LOCATION_TYPE_EXACT', 'LOCATION_TYPE_SOMEWHERE']),
      hide_phone: z.boolean(),
      chat_enabled: z.boolean().optional(),
    });
    expect(compareZod(drifted, spec, 'request')).toEqual([
      '$.category: not in the spec',
      '$.title: number here, string in the spec',
      "$.location_type: LOCATION_TYPE_SOMEWHERE is not in the spec's enum",
      '$.category_slug: the spec requires it',
      '$.chat_enabled: the spec requires it',
    ]);
  });

  it('accepts int64 as string or number, and refuses an answer field proto3 may omit', () => {
    const range = { $ref: '#/components/schemas/finderSearchQueryNumberRange' };
    const int64 = z.union([z.string(), z.number().int()]);
    expect(compareZod(z.object({ min: int64, max: int64.optional() }), range, 'response')).toEqual([
      '$.min: required here, proto3 may omit it',
    ]);
  });
});
