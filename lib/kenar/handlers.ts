import type { Handler } from '../messaging/router';
import { createPostingHandlers } from './handlers-posting';
import type { KenarService } from './service';

const ok = { ok: true } as const;

/** The background's handlers for the Kenar messages, over the Kenar service. */
export function createKenarHandlers(kenar: KenarService) {
  return {
    kenarStatus: () => kenar.status(),
    kenarSaveSettings: ({ apiKey, appSlug, clientSecret }) =>
      kenar.saveSettings({ apiKey, appSlug, clientSecret }),
    kenarTestKey: () => kenar.testKey(),
    kenarConnect: ({ action, token }) => kenar.connect(action, token),
    kenarDisconnect: () => kenar.disconnect(),
    kenarGetPost: ({ token }) => kenar.getPost(token),
    kenarUserIdByPhone: ({ phone }) => kenar.userIdByPhone(phone),
    kenarMyPosts: () => kenar.myPosts(),
    kenarUserPost: ({ token }) => kenar.userPost(token),
    kenarPostStats: ({ token }) => kenar.stats(token),
    kenarEditPost: async ({ token, title, description }) => {
      await kenar.edit(token, { title, description });
      return ok;
    },
    kenarCategoryForm: ({ token }) => kenar.categoryForm(token),
    kenarEditFields: ({ token, values, images }) => kenar.editFields(token, values, images),
    kenarDeletePost: async ({ token }) => {
      await kenar.delete(token);
      return ok;
    },
    kenarSetButton: async ({ token, button }) => {
      await kenar.setButton(token, button);
      return ok;
    },
    kenarDeleteButton: async ({ token }) => {
      await kenar.deleteButton(token);
      return ok;
    },
    kenarSearch: ({ request }) => kenar.search(request),
    ...createPostingHandlers(kenar),
  } satisfies { [K in KenarMessage]: Handler<K> };
}

type KenarMessage = keyof typeof import('./protocol').KENAR_PROTOCOL;
