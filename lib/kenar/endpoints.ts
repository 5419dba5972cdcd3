/**
 * Every Kenar endpoint Divar Actions calls: method, path and security as in openapi-v3.json, and
 * the zod schemas of body and answer. The client is built from this table, and a unit test checks
 * each row against the spec (tests/unit/kenar/spec.test.ts), so drift is caught.
 */
import type { z } from 'zod';
import * as assets from './schemas/assets';
import { emptyAnswer } from './schemas/common';
import * as finder from './schemas/finder';
import * as post from './schemas/post';

/**
 * Who must be known for a call: the app (API key), or the user too (key + OAuth token). Assets
 * take the key when there is one: the spec's global security asks for it, the docs say none.
 */
export type EndpointAuth = 'optional-key' | 'key' | 'user';

/** One row of the table. Scopes are written as in the spec (`POST_EDIT.post_token`); any one suffices. */
export interface EndpointSpec {
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  auth: EndpointAuth;
  scopes?: readonly string[];
  query?: readonly string[];
  body?: z.ZodType;
  response: z.ZodType;
}

const FINDER = {
  getPost: {
    operationId: 'Finder_GetPost',
    method: 'GET',
    path: '/v1/open-platform/finder/post/{token}',
    auth: 'key',
    response: finder.finderPost,
  },
  searchPosts: {
    operationId: 'Finder_SearchPostV2',
    method: 'POST',
    path: '/v2/open-platform/finder/post',
    auth: 'key',
    body: finder.searchRequest,
    response: finder.searchResponse,
  },
  getUser: {
    operationId: 'Finder_GetUser',
    method: 'GET',
    path: '/v1/open-platform/users',
    auth: 'user',
    scopes: ['USER_ID', 'USER_PHONE'],
    response: finder.finderUser,
  },
  getUserIdByPhone: {
    operationId: 'Finder_GetUserIDByPhone',
    method: 'POST',
    path: '/v1/open-platform/get-user-id-by-phone',
    auth: 'key',
    body: finder.userIdByPhoneRequest,
    response: finder.userIdByPhoneResponse,
  },
  getUserPosts: {
    operationId: 'Finder_GetUserPosts',
    method: 'GET',
    path: '/v1/open-platform/finder/user-posts',
    auth: 'user',
    scopes: ['USER_POSTS_GET'],
    response: finder.userPostsResponse,
  },
  getUserBusinesses: {
    operationId: 'Finder_GetUserBusinesses',
    method: 'GET',
    path: '/v1/open-platform/user/businesses',
    auth: 'user',
    scopes: ['USER_BUSINESSES_READ'],
    response: finder.userBusinessesResponse,
  },
} as const satisfies Record<string, EndpointSpec>;

const button = (path: string, method: 'POST' | 'DELETE', operationId: string) => ({
  operationId,
  method,
  path,
  response: emptyAnswer,
});

const POST = {
  canSubmit: {
    operationId: 'Post_CanUserSubmitPost',
    method: 'GET',
    path: '/experimental/open-platform/user-posts/can-submit',
    auth: 'user',
    scopes: ['SUBMIT_USER_POST'],
    response: post.canSubmitResponse,
  },
  createBusinessButton: {
    ...button(
      '/experimental/open-platform/business/{business_token}/customized-button',
      'POST',
      'Post_CreateBusinessCustomizedButton',
    ),
    auth: 'user',
    scopes: ['BUSINESS_CREATE_CUSTOMIZED_BUTTON.business_token'],
    body: post.customizedButtonBody,
  },
  deleteBusinessButton: {
    ...button(
      '/experimental/open-platform/business/{business_token}/customized-button',
      'DELETE',
      'Post_DeleteBusinessCustomizedButton',
    ),
    auth: 'key',
  },
  setPostButton: {
    ...button(
      '/experimental/open-platform/posts/{post_token}/customized-button',
      'POST',
      'Post_SetPostCustomizedButton',
    ),
    auth: 'user',
    scopes: ['USER_SET_CUSTOMIZED_BUTTON'],
    body: post.customizedButtonBody,
  },
  deletePostButton: {
    ...button(
      '/experimental/open-platform/posts/{post_token}/customized-button',
      'DELETE',
      'Post_DeletePostCustomizedButton',
    ),
    auth: 'user',
    scopes: ['USER_SET_CUSTOMIZED_BUTTON'],
  },
  deletePost: {
    operationId: 'Post_DeleteUserPost',
    method: 'DELETE',
    path: '/v1/open-platform/post/{post_token}',
    auth: 'user',
    scopes: ['DELETE_USER_POST'],
    response: emptyAnswer,
  },
  editPostV1: {
    operationId: 'Post_EditPost',
    method: 'PUT',
    path: '/v1/open-platform/post/{post_token}',
    auth: 'user',
    scopes: ['POST_EDIT.post_token'],
    body: post.editV1Body,
    response: emptyAnswer,
  },
  editPostV2: {
    operationId: 'Post_EditPostV2',
    method: 'PUT',
    path: '/v2/open-platform/post/{post_token}',
    auth: 'user',
    scopes: ['EDIT_USER_POST', 'POST_EDIT.post_token'],
    body: post.editV2Body,
    response: emptyAnswer,
  },
  imageUploadUrl: {
    operationId: 'Post_GetImageUploadURL',
    method: 'GET',
    path: '/v1/open-platform/post/image-upload-url',
    auth: 'key',
    response: post.imageUploadUrlResponse,
  },
  uploadUrls: {
    operationId: 'Post_GetUploadURLsV2',
    method: 'GET',
    path: '/v2/open-platform/post/upload-urls',
    auth: 'key',
    response: post.uploadUrlsResponse,
  },
  postStats: {
    operationId: 'Post_GetPostStats',
    method: 'GET',
    path: '/experimental/open-platform/posts/{post_token}/stats',
    auth: 'user',
    scopes: ['USER_POSTS_STATS_READ'],
    response: post.statsResponse,
  },
  getUserPost: {
    operationId: 'Post_GetUserPost',
    method: 'GET',
    path: '/v1/open-platform/user-post/{token}',
    auth: 'user',
    scopes: ['USER_POSTS_GET'],
    response: post.userPostResponse,
  },
  submitPostV2: {
    operationId: 'Post_SubmitPostV2',
    method: 'POST',
    path: '/experimental/open-platform/posts/new-v2',
    auth: 'key',
    body: post.submitPostV2Body,
    response: post.submitResponse,
  },
  submitUserPost: {
    operationId: 'Post_SubmitUserPost',
    method: 'POST',
    path: '/experimental/open-platform/user-posts/new',
    auth: 'user',
    scopes: ['SUBMIT_USER_POST'],
    body: post.submitUserPostBody,
    response: post.submitResponse,
  },
} as const satisfies Record<string, EndpointSpec>;

const asset = <R extends z.ZodType>(path: string, operationId: string, response: R) =>
  ({ operationId, method: 'GET', path, auth: 'optional-key', response }) as const;

const ASSETS = {
  cities: asset('/v1/open-platform/assets/city', 'Assets_GetCities', assets.citiesResponse),
  districts: {
    ...asset('/v1/open-platform/assets/district', 'Assets_GetDistricts', assets.districtsResponse),
    query: ['city_slug'],
  },
  cityDistricts: asset(
    '/v1/open-platform/assets/district/{city_slug}',
    'Assets_GetDistricts2',
    assets.districtsResponse,
  ),
  categories: asset(
    '/v1/open-platform/assets/category',
    'Assets_GetCategories',
    assets.categoriesResponse,
  ),
  brandModels: asset(
    '/v1/open-platform/assets/brand-model/{category}',
    'Assets_GetBrandModels',
    assets.brandModelsResponse,
  ),
  colors: asset(
    '/v1/open-platform/assets/color/{category}',
    'Assets_GetColors',
    assets.colorsResponse,
  ),
  submitSchema: asset(
    '/v1/open-platform/assets/submit-schema/{category_slug}',
    'Assets_GetSubmitSchema',
    assets.submitSchemaResponse,
  ),
} as const satisfies Record<string, EndpointSpec>;

/** The table: every endpoint by the name the client uses for it. */
export const KENAR_ENDPOINTS = { ...FINDER, ...POST, ...ASSETS };

/** The name of an endpoint. */
export type EndpointName = keyof typeof KENAR_ENDPOINTS;
