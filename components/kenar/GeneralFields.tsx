import type { FieldProblem } from '@/lib/kenar/category-fields';
import { localDigits } from '@/lib/kenar/i18n';
import type { NewPostInput } from '@/lib/kenar/schemas/new-post';
import { lengthOf, TITLE_MAX } from '@/lib/kenar/validate';
import { useLang } from '../i18n';
import { CheckField } from './CheckField';
import { FieldProblemText } from './FieldProblemText';
import { useKenarT } from './kenar-env';

/** The general fields a new post's form edits. */
export type General = Pick<NewPostInput, 'title' | 'description' | 'chatEnabled' | 'hidePhone'>;

/** Props of GeneralFields. */
export interface GeneralFieldsProps {
  value: General;
  onChange(value: General): void;
  problems: FieldProblem[];
}

/** Title (with its count against the limit), description, chat and phone of a new post. */
export function GeneralFields({ value, onChange, problems }: GeneralFieldsProps) {
  const t = useKenarT();
  const lang = useLang();
  const set = (change: Partial<General>) => onChange({ ...value, ...change });
  return (
    <>
      <label class="label" for="new-post-title">
        {t('newPost.title')} *{' '}
        <span class="muted">({localDigits(`${lengthOf(value.title)}/${TITLE_MAX}`, lang)})</span>
      </label>
      <input
        id="new-post-title"
        class="input"
        data-testid="field-title"
        value={value.title}
        onInput={(e) => set({ title: e.currentTarget.value })}
      />
      <FieldProblemText problems={problems} path="title" />
      <label class="label" for="new-post-description">
        {t('newPost.description')} *
      </label>
      <textarea
        id="new-post-description"
        class="input"
        rows={5}
        data-testid="field-description"
        value={value.description}
        onInput={(e) => set({ description: e.currentTarget.value })}
      />
      <FieldProblemText problems={problems} path="description" />
      <CheckField
        testId="field-chat"
        label={t('newPost.chat')}
        checked={value.chatEnabled}
        onChange={(chatEnabled) => set({ chatEnabled })}
      />
      <CheckField
        testId="field-hide-phone"
        label={t('newPost.hidePhone')}
        checked={value.hidePhone}
        onChange={(hidePhone) => set({ hidePhone })}
      />
    </>
  );
}
