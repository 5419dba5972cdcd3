import { fieldTitle } from '@/lib/kenar/field-names';
import { type KenarTextKey, kenarTextKeys } from '@/lib/kenar/i18n';
import { useKenarT } from './kenar-env';
import type { StartResult } from './NewPostStart';

/** Where a copy came from, and what of it found no place in this category's form. */
export function CopiedNote({ start }: { start: StartResult }) {
  const t = useKenarT();
  if (!start.copiedFrom) return null;
  // Keys of the other post's data: this category's title, else divar's documented data keys.
  const nameOf = (key: string) =>
    key === 'images'
      ? t('newPost.unmapped.images')
      : (fieldTitle(start.fields, key) ??
        (kenarTextKeys.has(`dataKey.${key}`) ? t(`dataKey.${key}` as KenarTextKey) : key));
  const unmapped = (start.unmapped ?? []).map(nameOf);
  return (
    <div class="notice" data-testid="new-post-copied">
      <p>
        {t('newPost.copied')} <code dir="ltr">{start.copiedFrom}</code>
      </p>
      {unmapped.length > 0 ? (
        <p class="muted" data-testid="new-post-unmapped">
          {t('newPost.unmapped', { fields: unmapped.join('، ') })}
        </p>
      ) : null}
    </div>
  );
}
