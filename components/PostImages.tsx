import { useState } from 'preact/hooks';
import { useT } from './i18n';

/**
 * A post's first photos as thumbnails. A photo divar's image server does not give is dropped
 * rather than shown as a broken box; when none loads, one line says so, with the post's link.
 */
export function PostImages({ urls, postUrl }: { urls: string[]; postUrl: string }) {
  const t = useT();
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const shown = urls.slice(0, 6);
  if (shown.length === 0) return null;
  const loaded = shown.filter((url) => !failed.has(url));
  if (loaded.length === 0) {
    return (
      <p class="muted images__missing" data-testid="images-missing">
        {t('post.imagesMissing')}{' '}
        <a href={postUrl} target="_blank" rel="noreferrer">
          {t('post.openOnDivar')}
        </a>
      </p>
    );
  }
  return (
    <div class="images" data-testid="post-images">
      {loaded.map((url) => (
        <img
          key={url}
          src={url}
          alt=""
          loading="lazy"
          referrerpolicy="no-referrer"
          onError={() => setFailed((before) => new Set([...before, url]))}
        />
      ))}
    </div>
  );
}
