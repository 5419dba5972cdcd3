import type { Handler } from '../messaging/router';
import type { POSTING_PROTOCOL } from './protocol-posting';
import type { KenarService } from './service';

const ok = { ok: true } as const;

/** The background's handlers for the posting messages, over the Kenar service. */
export function createPostingHandlers(kenar: KenarService) {
  return {
    kenarCanSubmit: () => kenar.canSubmit(),
    kenarNewPostSetup: () => kenar.newPostSetup(),
    kenarDistricts: ({ city }) => kenar.districtsOf(city),
    kenarSubmitForm: ({ category }) => kenar.submitForm(category),
    kenarCopySource: ({ token, from }) => kenar.copySource(token, from),
    kenarPhotoPiece: ({ upload, index, count, mime, data }) =>
      kenar.photoPiece({ upload, index, count, type: mime, data }),
    kenarDropPhoto: ({ upload }) => {
      kenar.dropPhoto(upload);
      return ok;
    },
    kenarSubmitPost: ({ input }) => kenar.submitPost(input),
    kenarDraft: () => kenar.draft(),
    kenarSaveDraft: async ({ draft }) => {
      await kenar.saveDraft(draft);
      return ok;
    },
    kenarDropDraft: async () => {
      await kenar.dropDraft();
      return ok;
    },
    kenarBusinesses: () => kenar.businesses(),
    kenarWhoAmI: () => kenar.whoAmI(),
    kenarSetBusinessButton: async ({ businessToken, button }) => {
      await kenar.setBusinessButton(businessToken, button);
      return ok;
    },
    kenarDeleteBusinessButton: async ({ businessToken }) => {
      await kenar.deleteBusinessButton(businessToken);
      return ok;
    },
  } satisfies { [K in keyof typeof POSTING_PROTOCOL]: Handler<K> };
}
