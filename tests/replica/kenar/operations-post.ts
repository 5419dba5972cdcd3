/** Post operations of the Kenar replica: the owner's reads and writes, buttons, and (from operations-submit.ts) posting. */
import { rpc } from './errors.ts';
import { type OpContext, type Operation, ownedPost } from './operation.ts';
import { checkTitle, SUBMIT_OPERATIONS } from './operations-submit.ts';
import { compact, generalData, statsOf } from './records.ts';
import type { Business, KenarState, OwnPost } from './state.ts';

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

function editable(context: OpContext): OwnPost {
  const post = ownedPost(context, context.params.post_token ?? '');
  if (post.expired) throw rpc.precondition('post is expired and cannot be edited');
  return post;
}

function checkImages(post: OwnPost, images: string[], kenar: KenarState): void {
  for (const [i, path] of images.entries())
    if (!kenar.uploads.has(path) && !post.images.includes(path))
      throw rpc.invalid(`general_data.images[${i}]: ${path} was not uploaded`);
}

function applyMask(
  post: OwnPost,
  mask: string[],
  body: OpContext['body'],
  kenar: KenarState,
): void {
  if (mask.length === 0) throw rpc.invalid('update_mask: name at least one field');
  for (const path of mask) {
    const [group, field] = path.split('.');
    if (group === 'general_data' && field && EDITABLE.includes(field)) continue;
    if (group === 'category_data' && field) continue;
    throw rpc.invalid(`update_mask: ${path} is not an editable field`);
  }
  const general = body.general_data ?? {};
  if (mask.includes('general_data.title')) checkTitle(general.title);
  if (mask.includes('general_data.images')) checkImages(post, general.images ?? [], kenar);
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

function businessOf(kenar: KenarState, token: string | undefined): Business {
  const business = kenar.businesses.find((b) => b.token === token);
  if (!business) throw rpc.notFound(`business ${token} not found`);
  return business;
}

function checkButton(body: OpContext['body']): void {
  const set = Object.values(body.customized_button?.action ?? {}).filter((v) => v !== undefined);
  if (set.length !== 1) throw rpc.invalid('customized_button.action: set exactly one action');
}

/** The post operations by operationId. */
export const POST_OPERATIONS: Record<string, Operation> = {
  ...SUBMIT_OPERATIONS,
  Post_CreateBusinessCustomizedButton: (context) => {
    const business = businessOf(context.kenar, context.params.business_token);
    if (business.phone !== context.grant?.phone)
      throw rpc.denied('the user has no access to the business');
    checkButton(context.body);
    context.kenar.businessButtons.set(business.token, context.body.customized_button);
    return {};
  },
  Post_DeleteBusinessCustomizedButton: ({ kenar, params }) => {
    kenar.businessButtons.delete(businessOf(kenar, params.business_token).token);
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
    applyMask(editable(context), context.body.update_mask, context.body, context.kenar);
    return {};
  },
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
};
