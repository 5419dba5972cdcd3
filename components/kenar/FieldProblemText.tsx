import type { FieldProblem } from '@/lib/kenar/category-fields';
import type { KenarTextKey } from '@/lib/kenar/i18n';
import { useKenarT } from './kenar-env';

/** The problem of the field at `path`, in words, when there is one. */
export function FieldProblemText({ problems, path }: { problems: FieldProblem[]; path: string }) {
  const t = useKenarT();
  const problem = problems.find((p) => p.key === path);
  if (!problem) return null;
  return (
    <p class="kenar-problem" role="alert" data-testid={`field-problem-${path}`}>
      {t(`fieldProblem.${problem.code}` as KenarTextKey, { limit: problem.limit ?? '' })}
    </p>
  );
}
