import type { ErrorInfo } from '@/lib/errors';
import type { CategoryField } from '@/lib/kenar/category-fields';
import { fieldTitle, refusedField } from '@/lib/kenar/field-names';
import type { KenarTextKey } from '@/lib/kenar/i18n';
import { useKenarT } from './kenar-env';

/** The field Kenar's refusal names, in the form's words ("Kenar refused this field: Floor"). */
export function RefusedField({ error, fields }: { error: ErrorInfo; fields: CategoryField[] }) {
  const t = useKenarT();
  const refused = error.kind === 'kenar-invalid' ? refusedField(error.message) : undefined;
  if (!refused) return null;
  const name =
    refused.group === 'general'
      ? t(`newPost.${refused.path === 'images' ? 'photos' : refused.path}` as KenarTextKey)
      : (fieldTitle(fields, refused.path) ?? refused.path);
  return (
    <p class="kenar-problem" role="alert" data-testid="kenar-refused" data-path={refused.path}>
      {t('kenarRefused', { field: name })}
    </p>
  );
}
