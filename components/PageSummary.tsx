import { categoryFromPath } from '@/lib/divar/categories';
import { categoryName } from '@/lib/divar/category-names';
import type { DivarPage } from '@/lib/divar/page-kind';
import { placeBySlug, placeName } from '@/lib/divar/places';
import { isUsualTokenLength } from '@/lib/divar/post-url';
import type { ErrorKind } from '@/lib/errors';
import { type Lang, translate } from '@/lib/i18n';
import { CopyButton } from './CopyButton';
import { Data } from './Data';
import { useLang, useT } from './i18n';

const cityOf = (slug: string, lang: Lang) => {
  const place = placeBySlug(slug);
  return place ? placeName(place, lang) : translate(lang, 'search.unknownCity');
};

/** Props of PageSummary. */
export interface PageSummaryProps {
  page: DivarPage;
  onError(kind: ErrorKind): void;
}

/** Props of Field. */
interface FieldProps {
  label: string;
  value: string;
  testId: string;
  /** The slug the URL has for it, kept for tests and developers, never shown. */
  slug?: string;
}

function Field({ label, value, testId, slug }: FieldProps) {
  return (
    <div class="field">
      <dt>{label}</dt>
      <dd data-testid={testId} data-slug={slug}>
        <Data text={value} />
      </dd>
    </div>
  );
}

/** Says what a divar.ir page is: a post's token, or a search's city and category as written. */
export function PageSummary({ page, onError }: PageSummaryProps) {
  const t = useT();
  const lang = useLang();
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
        </dl>
      ) : null}
      {page.kind === 'search' ? (
        <dl>
          <Field
            label={t('search.city')}
            value={cityOf(page.citySlug, lang)}
            testId="search-city"
            slug={page.citySlug}
          />
          <Field
            label={t('search.category')}
            value={
              page.categorySlug
                ? categoryName(categoryFromPath(page.categorySlug).slug, lang)
                : t('search.allCategories')
            }
            testId="search-category"
            slug={page.categorySlug}
          />
          {page.keyword ? (
            <Field label={t('search.keyword')} value={page.keyword} testId="search-keyword" />
          ) : null}
        </dl>
      ) : null}
    </section>
  );
}
