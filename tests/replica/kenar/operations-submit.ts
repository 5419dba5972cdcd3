/**
 * Posting through the Kenar replica: can-submit (with a refusal knob), the upload URLs (v2, and
 * v1 tickets valid ten minutes), submit post v2 (a business's provider post) and submit user
 * post, each checked as Kenar would (title, images already uploaded, the category's schema, the
 * user's access to the business); a new post waits for payment, in the user's posts and the finder.
 */
import { checkCategoryFields } from './category-schemas.ts';
import { rpc } from './errors.ts';
import type { OpContext, Operation } from './operation.ts';
import { type Business, nextSecret } from './state.ts';

/** The upload URLs the replica hands out (the docs' current ones). */
export const UPLOAD_URLS = {
  image: 'https://open-api.divar.ir/v8/upload/post/live-post-image',
  video: 'https://open-api.divar.ir/v1/upload-video/',
};

const TICKET_LIFETIME_MS = 10 * 60_000;
// A guess, like the upload limit: Kenar publishes no count limit.
const MAX_IMAGES = 20;

/** Throws 400 unless the title has 3 to 50 characters (the spec's edit limits). */
export function checkTitle(title: unknown): void {
  const length = typeof title === 'string' ? [...title.trim()].length : 0;
  if (length < 3 || length > 50)
    throw rpc.invalid('title: length must be between 3 and 50 characters');
}

function checkGeneral(context: OpContext): void {
  const general = context.body.general_data;
  checkTitle(general.title);
  if (!String(general.description ?? '').trim()) throw rpc.invalid('description: required');
  const images: string[] = general.images ?? [];
  if (images.length > MAX_IMAGES)
    throw rpc.invalid(`general_data.images: at most ${MAX_IMAGES} images`);
  for (const [i, path] of images.entries())
    if (!context.kenar.uploads.has(path))
      throw rpc.invalid(`general_data.images[${i}]: ${path} was not uploaded`);
  const refused = context.kenar.faults.refuseField;
  if (refused) throw rpc.invalid(`invalid request ${refused}: refused by the category's rules`);
  checkCategoryFields(general.category_slug, context.body.category_fields);
}

function businessOf(context: OpContext, phone?: string): Business {
  const business = context.kenar.businesses.find((b) => b.token === context.body.business_token);
  if (!business) throw rpc.notFound(`business ${context.body.business_token} not found`);
  if (phone !== undefined && business.phone !== phone)
    throw rpc.denied('the user has no access to the business');
  return business;
}

function submitted(context: OpContext, business: Business) {
  checkGeneral(context);
  const general = context.body.general_data;
  const token = nextSecret(context.kenar, 'Q').slice(0, 9);
  context.kenar.posts.set(token, {
    token,
    phone: business.phone,
    title: general.title.trim(),
    description: general.description,
    category: general.category_slug,
    city: general.city,
    district: general.district,
    images: general.images ?? [],
    state: 'POST_STATE_WAITING_FOR_PAYMENT',
    expired: false,
    deleted: false,
    categoryData: context.body.category_fields,
    chatEnabled: general.chat_enabled === true,
    hidePhone: general.hide_phone === true,
    submittedAt: context.replica.now(),
  });
  return { post_token: token };
}

/** The posting operations by operationId. */
export const SUBMIT_OPERATIONS: Record<string, Operation> = {
  Post_CanUserSubmitPost: ({ kenar }) => (kenar.faults.cannotSubmit ? {} : { can_submit: true }),
  Post_GetImageUploadURL: ({ kenar, replica }) => {
    const ticket = nextSecret(kenar, 't');
    kenar.tickets.set(ticket, replica.now() + TICKET_LIFETIME_MS);
    return { upload_url: `${UPLOAD_URLS.image}?ticket=${ticket}` };
  },
  Post_GetUploadURLsV2: ({ kenar }) => {
    if (kenar.faults.refuseUploadV2)
      throw rpc.denied('upload-urls v2 is not enabled for this app; use image-upload-url');
    return {
      image: { url: UPLOAD_URLS.image, http_method: 'POST' },
      video: { url: UPLOAD_URLS.video, http_method: 'PUT' },
    };
  },
  // A provider post: the business must exist; the post is the business's (its owner's).
  Post_SubmitPostV2: (context) => submitted(context, businessOf(context)),
  Post_SubmitUserPost: (context) =>
    submitted(context, businessOf(context, context.grant?.phone ?? '')),
};
