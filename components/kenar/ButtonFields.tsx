import { BUTTON_TYPES, type ButtonType } from '@/lib/kenar/button-types';
import { isButtonLink } from '@/lib/kenar/validate';
import { useKenarT } from './kenar-env';

/** Props of ButtonFields. */
export interface ButtonFieldsProps {
  /** Makes the ids unique on a page with several button forms. */
  idSuffix: string;
  type: ButtonType;
  link: string;
  /** Whether to show the link's problem (after a try). */
  tried: boolean;
  onType(type: ButtonType): void;
  onLink(link: string): void;
}

/** A customised button's type and https link, the link checked before anything is sent. */
export function ButtonFields({ idSuffix, type, link, tried, onType, onLink }: ButtonFieldsProps) {
  const t = useKenarT();
  return (
    <>
      <label class="label" for={`button-type-${idSuffix}`}>
        {t('buttonType')}
      </label>
      <select
        id={`button-type-${idSuffix}`}
        class="input"
        data-testid="button-type"
        value={type}
        onChange={(e) => onType(e.currentTarget.value as ButtonType)}
      >
        {BUTTON_TYPES.map((value) => (
          <option key={value} value={value}>
            {t(`buttonType.${value}`)}
          </option>
        ))}
      </select>
      <label class="label" for={`button-link-${idSuffix}`}>
        {t('buttonLink')}
      </label>
      <input
        id={`button-link-${idSuffix}`}
        class="input"
        dir="ltr"
        data-testid="button-link"
        value={link}
        onInput={(e) => onLink(e.currentTarget.value)}
      />
      {tried && !isButtonLink(link) ? (
        <p class="kenar-problem" role="alert" data-testid="button-problem">
          {t('problem.link.bad-link')}
        </p>
      ) : null}
    </>
  );
}
