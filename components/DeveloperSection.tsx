import type { ComponentChildren } from 'preact';
import { useT } from './i18n';

/**
 * The one place developer-only parts live (the API request, cURL and fetch, the parser's notes),
 * folded under «برای برنامه‌نویس‌ها» so a house hunter is not shown them unasked.
 */
export function DeveloperSection({ children }: { children: ComponentChildren }) {
  const t = useT();
  return (
    <details class="card dev" data-testid="dev-section">
      <summary class="card__title">{t('dev.title')}</summary>
      <p class="muted">{t('dev.popupNote')}</p>
      {children}
    </details>
  );
}
