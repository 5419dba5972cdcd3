import { fieldTitle } from '@/lib/kenar/field-names';
import { useKenarT } from './kenar-env';
import type { StartResult } from './NewPostStart';

/** Where a copy came from, and what of it found no place in this category's form. */
export function CopiedNote({ start }: { start: StartResult }) {
  const t = useKenarT();
  if (!start.copiedFrom) return null;
  const unmapped = (start.unmapped ?? []).map((key) =>
    key === 'images' ? t('newPost.unmapped.images') : (fieldTitle(start.fields, key) ?? key),
  );
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
