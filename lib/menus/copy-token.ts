import { parsePostUrl } from '../divar/post-url';
import { AppError } from '../errors';

/** Id of the "Copy post token" context-menu item. */
export const COPY_POST_TOKEN_MENU_ID = 'copy-post-token';

/** Link patterns of divar.ir post pages, where the item is offered. */
export const POST_LINK_PATTERNS = ['https://divar.ir/v/*', 'https://www.divar.ir/v/*'];

/** What a context-menu click tells us (a subset of `contextMenus.OnClickData`). */
export interface MenuClick {
  menuItemId: string | number;
  linkUrl?: string;
  pageUrl?: string;
}

/** The createProperties of the "Copy post token" item, shown on divar.ir post links anywhere. */
export function copyPostTokenMenuItem(title: string) {
  return {
    id: COPY_POST_TOKEN_MENU_ID,
    title,
    contexts: ['link'] as ['link'],
    targetUrlPatterns: POST_LINK_PATTERNS,
  };
}

/** Copies the token of the clicked post link and returns it. */
export async function copyPostToken(
  click: MenuClick,
  copyText: (text: string) => Promise<void>,
): Promise<string> {
  const post = click.linkUrl ? parsePostUrl(click.linkUrl) : undefined;
  if (!post) {
    throw new AppError('not-divar-url', `not a divar post link: ${String(click.linkUrl)}`);
  }
  await copyText(post.token);
  return post.token;
}
