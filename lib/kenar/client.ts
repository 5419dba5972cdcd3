/**
 * The typed Kenar client: one method per endpoint of the table (Finder, Post, Assets), built by a
 * factory from an injected request function and secret getters.
 */
import { AppError } from '../errors';
import { type CallArgs, type CallDeps, callEndpoint } from './call';
import { KENAR_ENDPOINTS as E, type EndpointSpec } from './endpoints';
import type { SearchRequest } from './schemas/finder';
import type {
  CustomizedButtonBody,
  EditV1Body,
  EditV2Body,
  SubmitPostV2Body,
  SubmitUserPostBody,
} from './schemas/post';
import { uploadTo } from './upload';

export type { CallDeps } from './call';

const post = (post_token: string) => ({ params: { post_token } });
const NO_RETRY = 0;

// The older form of the user call, which SDKs still send; the spec now has GET only.
const LEGACY_GET_USER: EndpointSpec = { ...E.getUser, method: 'POST', body: undefined };

/** Builds the Kenar client. */
export function createKenarClient(deps: CallDeps) {
  const call = <K extends keyof typeof E>(name: K, args?: CallArgs) =>
    callEndpoint(deps, E[name], args);
  return {
    // Finder
    getPost: (token: string) => call('getPost', { params: { token } }),
    /** Spends one of the app's 100 lifetime search calls: never retried. */
    searchPosts: (body: SearchRequest) => call('searchPosts', { body, retries: NO_RETRY }),
    getUser: async () => {
      try {
        return await call('getUser');
      } catch (error) {
        const gone = error instanceof AppError && error.kind === 'not-found';
        if (!gone && !(error instanceof AppError && error.details?.status === 405)) throw error;
        return callEndpoint(deps, { ...LEGACY_GET_USER, response: E.getUser.response }, {});
      }
    },
    getUserIdByPhone: (phone: string) => call('getUserIdByPhone', { body: { phone } }),
    getUserPosts: () => call('getUserPosts'),
    getUserBusinesses: () => call('getUserBusinesses'),
    // Post
    canSubmit: () => call('canSubmit'),
    createBusinessButton: (business_token: string, body: CustomizedButtonBody) =>
      call('createBusinessButton', { params: { business_token }, body }),
    deleteBusinessButton: (business_token: string) =>
      call('deleteBusinessButton', { params: { business_token } }),
    setPostButton: (token: string, body: CustomizedButtonBody) =>
      call('setPostButton', { ...post(token), body }),
    deletePostButton: (token: string) => call('deletePostButton', post(token)),
    deletePost: (token: string) => call('deletePost', post(token)),
    editPostV1: (token: string, body: EditV1Body) => call('editPostV1', { ...post(token), body }),
    editPostV2: (token: string, body: EditV2Body) => call('editPostV2', { ...post(token), body }),
    imageUploadUrl: () => call('imageUploadUrl'),
    uploadUrls: () => call('uploadUrls'),
    /** Uploads an image to the URL Kenar gives today (v2), returning the path for `images[]`. */
    uploadImage: async (image: Blob) => {
      const target = (await call('uploadUrls')).image;
      return uploadTo(deps, target?.url, target?.http_method ?? 'POST', image);
    },
    /** The deprecated v1 upload: POST the JPEG to a URL valid for about 10 minutes. */
    uploadImageV1: async (image: Blob) =>
      uploadTo(deps, (await call('imageUploadUrl')).upload_url, 'POST', image),
    /** Uploads to a URL Kenar handed out (v2's image URL, or v1's upload URL). */
    uploadToUrl: (url: string | undefined, method: string, image: Blob) =>
      uploadTo(deps, url, method, image),
    postStats: (token: string) => call('postStats', post(token)),
    getUserPost: (token: string) => call('getUserPost', { params: { token } }),
    submitPostV2: (body: SubmitPostV2Body) => call('submitPostV2', { body, retries: NO_RETRY }),
    submitUserPost: (body: SubmitUserPostBody) =>
      call('submitUserPost', { body, retries: NO_RETRY }),
    // Assets (no key needed)
    cities: () => call('cities'),
    districts: (citySlug?: string) =>
      citySlug ? call('cityDistricts', { params: { city_slug: citySlug } }) : call('districts'),
    categories: () => call('categories'),
    brandModels: (category: string) => call('brandModels', { params: { category } }),
    colors: (category: string) => call('colors', { params: { category } }),
    submitSchema: (category: string) =>
      call('submitSchema', { params: { category_slug: category } }),
  };
}

/** The client's type, so no type is written twice. */
export type KenarClient = ReturnType<typeof createKenarClient>;
