import { formatNumber } from '@/lib/i18n/format';
import { Data } from './Data';
import { useLang, useT } from './i18n';

/** Props of RemovedPosts. */
export interface RemovedPostsProps {
  posts: { token: string; title: string }[];
  /** How many were removed (more than are listed when very many were). */
  count: number;
}

/** The posts divar no longer has (404 when their details were fetched), folded, each linked. */
export function RemovedPosts({ posts, count }: RemovedPostsProps) {
  const t = useT();
  const lang = useLang();
  if (count === 0) return null;
  return (
    <details class="removed" data-testid="details-removed">
      <summary>
        {t('details.removedList')} ({formatNumber(lang, count)})
      </summary>
      <ul>
        {posts.map((post) => (
          <li key={post.token} data-token={post.token}>
            <a href={`https://divar.ir/v/${post.token}`} target="_blank" rel="noreferrer">
              <Data text={post.title || post.token} />
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
