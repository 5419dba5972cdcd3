import type { DivarPage } from '@/lib/divar/page-kind';
import { isUsualTokenLength } from '@/lib/divar/post-url';
import type { ErrorKind } from '@/lib/errors';
import { CopyButton } from './CopyButton';
import { useT } from './i18n';

/** Props of PageSummary. */
export interface PageSummaryProps {
  page: DivarPage;
  onError(kind: ErrorKind): void;
}

function Field({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div class="field">
      <dt>{label}</dt>
      <dd dir="ltr" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** Says what a divar.ir page is: a post's token, or a search's city and category as written. */
export function PageSummary({ page, onError }: PageSummaryProps) {
  const t = useT();
  return (
    <section class="card" data-testid="page-summary">
      <h2 class={`kind kind--${page.kind}`} data-testid="page-kind" data-kind={page.kind}>
        {t(`kind.${page.kind}`)}
      </h2>
      {page.kind === 'post' ? (
        <dl>
          <div class="field field--token">
            <dt>{t('post.token')}</dt>
            <dd>
              <code dir="ltr" data-testid="post-token">
                {page.token}
              </code>
              <CopyButton text={page.token} testId="copy-token" onError={onError} />
              {isUsualTokenLength(page.token) ? null : (
                <p class="muted" data-testid="unusual-token">
                  {t('post.unusualToken')}
                </p>
              )}
            </dd>
          </div>
          {page.slug && page.slug.length > 1 ? (
            <Field label={t('post.slug')} value={page.slug} testId="post-slug" />
          ) : null}
        </dl>
      ) : null}
      {page.kind === 'search' ? (
        <dl>
          <Field label={t('search.city')} value={page.citySlug} testId="search-city" />
          <Field
            label={t('search.category')}
            value={page.categorySlug ?? t('search.allCategories')}
            testId="search-category"
          />
          {page.subPath.length > 0 ? (
            <Field label={t('search.subPath')} value={page.subPath.join('/')} testId="search-sub" />
          ) : null}
          {page.keyword ? (
            <Field label={t('search.keyword')} value={page.keyword} testId="search-keyword" />
          ) : null}
          <p class="muted">{t('search.cityNote')}</p>
        </dl>
      ) : null}
    </section>
  );
}
