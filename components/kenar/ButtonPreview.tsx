import type { ButtonType } from '@/lib/kenar/button-types';
import { useKenarT } from './kenar-env';

const hostOf = (link: string) => {
  try {
    return new URL(link.trim()).host;
  } catch {
    return '';
  }
};

/** A sketch of a post's contact bar with the customised button beside it, and where it leads. */
export function ButtonPreview({ type, link }: { type: ButtonType; link: string }) {
  const t = useKenarT();
  return (
    <figure class="kenar-preview" data-testid="button-preview">
      <figcaption class="muted">{t('business.preview')}</figcaption>
      <div class="kenar-preview__post" aria-hidden="true">
        <div class="kenar-preview__line" />
        <div class="kenar-preview__line kenar-preview__line--short" />
        <div class="kenar-preview__bar">
          <span class="kenar-preview__contact">{t('business.contact')}</span>
          <span class="kenar-preview__button" data-testid="button-preview-label">
            {t(`buttonType.${type}`)}
          </span>
        </div>
        {hostOf(link) ? (
          <p class="kenar-preview__host" dir="ltr">
            ↗ {hostOf(link)}
          </p>
        ) : null}
      </div>
      <p class="muted">{t('business.previewNote')}</p>
    </figure>
  );
}
