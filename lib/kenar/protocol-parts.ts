/** Pieces the Kenar message maps share: the message builder and the token and button schemas. */
import { z } from 'zod';
import { extensionMessage } from '../messaging/extension-message';
import { lazySchema } from '../schema/lazy';
import { BUTTON_TYPES } from './button-types';

/** A post or business token: 8-9 characters today, may grow to 16 (NOTES §3.1); room to spare. */
export const token = lazySchema(() => z.string().regex(/^[\w-]{4,32}$/));

/** A customised button as the UI sets it. */
export const buttonInput = lazySchema(() =>
  z.object({ type: z.enum(BUTTON_TYPES), link: z.string().max(2048) }),
);

/** One message from extension pages (popup, options): keys and tokens never reach a content script. */
export const message = extensionMessage;
