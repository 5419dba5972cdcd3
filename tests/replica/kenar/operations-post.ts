/** Post operations of the Kenar replica: the owner's reads and writes, buttons, uploads, submit. */
import { rpc } from './errors.ts';
import { type OpContext, type Operation, ownedPost } from './operation.ts';
import { compact, generalData, statsOf } from './records.ts';
import type { OwnPost } from './state.ts';
import { nextSecret } from './state.ts';

/** The upload URLs the replica hands out (the docs' current ones). */
export const UPLOAD_URLS = {
  image: 'https://open-api.divar.ir/v8/upload/post/live-post-image',
  video: 'https://open-api.divar.ir/v1/upload-video/',
};

const EDITABLE = [
  'title',
  'description',
  'images',
  'district',
  'latitude',
  'longitude',
  'location_type',
  'chat_enabled',
  'hide_phone',
];

function checkTitle(title: unknown): void {
  const length = typeof title === 'string' ? [...title.trim()].length : 0;
  if (length < 3 || length > 50)
    throw rpc.invalid('title: length must be between 3 and 50 characters');
}

function editable(context: OpContext): OwnPost {
  const post = ownedPost(context, context.params.post_token ?? '');
  if (post.expired) throw rpc.precondition('post is expired and cannot be edited');
  return post;
}

function applyMask(post: OwnPost, mask: string[], body: OpContext['body']): void {
  if (mask.length === 0) throw rpc.invalid('update_mask: name at least one field');
  for (const path of mask) {
    const [group, field] = path.split('.');
    if (group === 'general_data' && field && EDITABLE.includes(field)) continue;
    if (group === 'category_data' && field) continue;
    throw rpc.invalid(`update_mask: ${path} is not an editable field`);
  }
  const general = body.general_data ?? {};
  if (mask.includes('general_data.title')) checkTitle(general.title);
  for (const path of mask) {
    const [group, field = ''] = path.split('.');
    const value = group === 'general_data' ? general[field] : body.category_data?.[field];
    if (path === 'general_data.title') post.title = String(value ?? '').trim();
    else if (path === 'general_data.description') post.description = String(value ?? '');
    else if (path === 'general_data.images') post.images = value ?? [];
    else if (path === 'general_data.district') post.district = value;
    else if (path === 'general_data.chat_enabled') post.chatEnabled = Boolean(value);
    else if (path === 'general_data.hide_phone') post.hidePhone = Boolean(value);
    else if (group === 'category_data') post.categoryData[field] = value;
  }
}

function checkButton(body: OpContext['body']): void {
  const set = Object.values(body.customized_button?.action ?? {}).filter((v) => v !== undefined);
  if (set.length !== 1) throw rpc.invalid('customized_button.action: set exactly one action');
}

function submitted(context: OpContext, phone: string) {
  const general = context.body.general_data;
  checkTitle(general.title);
  const token = nextSecret(context.kenar, 'Q').slice(0, 9);
  context.kenar.posts.set(token, {
    token,
    phone,
    title: general.title,
    description: general.description,
    category: general.category_slug,
    city: general.city,
    district: general.district,
    images: general.images,
    state: 'POST_STATE_WAITING_FOR_PAYMENT',
    expired: false,
    deleted: false,
    categoryData: context.body.category_fields,
    chatEnabled: general.chat_enabled,
    hidePhone: general.hide_phone,
  });
  return { post_token: token };
}

/** The post operations by operationId. */
export const POST_OPERATIONS: Record<string, Operation> = {
  Post_CanUserSubmitPost: () => ({ can_submit: true }),
  Post_CreateBusinessCustomizedButton: (context) => {
    checkButton(context.body);
    context.kenar.businessButtons.set(
      context.params.business_token ?? '',
      context.body.customized_button,
    );
    return {};
  },
  Post_DeleteBusinessCustomizedButton: ({ kenar, params }) => {
    kenar.businessButtons.delete(params.business_token ?? '');
    return {};
  },
  Post_SetPostCustomizedButton: (context) => {
    const post = ownedPost(context, context.params.post_token ?? '');
    checkButton(context.body);
    post.button = context.body.customized_button;
    return {};
  },
  Post_DeletePostCustomizedButton: (context) => {
    ownedPost(context, context.params.post_token ?? '').button = undefined;
    return {};
  },
  Post_DeleteUserPost: (context) => {
    ownedPost(context, context.params.post_token ?? '').deleted = true;
    return {};
  },
  Post_EditPost: (context) => {
    const post = editable(context);
    checkTitle(context.body.title);
    if (!String(context.body.description).trim()) throw rpc.invalid('description: required');
    post.title = context.body.title.trim();
    post.description = context.body.description;
    if (context.body.image_paths) post.images = context.body.image_paths;
    return {};
  },
  Post_EditPostV2: (context) => {
    applyMask(editable(context), context.body.update_mask, context.body);
    return {};
  },
  Post_GetImageUploadURL: ({ kenar }) => ({
    upload_url: `${UPLOAD_URLS.image}?ticket=${nextSecret(kenar, 't')}`,
  }),
  Post_GetUploadURLsV2: () => ({
    image: { url: UPLOAD_URLS.image, http_method: 'POST' },
    video: { url: UPLOAD_URLS.video, http_method: 'PUT' },
  }),
  Post_GetPostStats: (context) => {
    const post = ownedPost(context, context.params.post_token ?? '');
    return statsOf(post.token, context.replica.now());
  },
  Post_GetUserPost: (context) => {
    const post = ownedPost(context, context.params.token ?? '');
    return compact({
      general_data: generalData(post),
      category_data: Object.keys(post.categoryData).length ? post.categoryData : undefined,
      state: post.expired ? 'POST_STATE_RETIRED' : post.state,
    });
  },
  Post_SubmitPostV2: (context) => submitted(context, `business:${context.body.business_token}`),
  Post_SubmitUserPost: (context) => submitted(context, context.grant?.phone ?? ''),
};
