import { formatDate } from '@/lib/kenar/format';
import type { NewPostDraft } from '@/lib/kenar/schemas/new-post';
import { useLang } from '../i18n';
import { useKenarT } from './kenar-env';

/** Props of DraftOffer. */
export interface DraftOfferProps {
  draft: NewPostDraft;
  onResume(): void;
  onDiscard(): void;
}

/** Offers the half-finished new post kept in this browser: continue it, or throw it away. */
export function DraftOffer({ draft, onResume, onDiscard }: DraftOfferProps) {
  const t = useKenarT();
  const lang = useLang();
  const when = formatDate(new Date(draft.savedAt).toISOString(), lang, true);
  return (
    <div class="notice notice--warn" data-testid="draft-offer">
      <p>{t('draft.found', { when, photos: draft.input.photos.length })}</p>
      <div class="actions">
        <button type="button" class="button" data-testid="draft-resume" onClick={onResume}>
          {t('draft.resume')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          data-testid="draft-discard"
          onClick={onDiscard}
        >
          {t('draft.discard')}
        </button>
      </div>
    </div>
  );
}
