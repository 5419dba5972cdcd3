import { useT } from './i18n';

/**
 * Technical detail for a bug report (usually English), folded under a labelled toggle
 * («جزئیات فنی»), so a house hunter is not shown it unasked.
 */
export function TechDetail({ detail }: { detail: string | undefined }) {
  const t = useT();
  if (!detail) return null;
  return (
    <details class="notice__detail" data-testid="tech-detail">
      <summary>{t('error.detail')}</summary>
      <code dir="ltr" lang="en">
        {detail}
      </code>
    </details>
  );
}
