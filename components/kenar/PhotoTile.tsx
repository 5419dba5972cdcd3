import { useState } from 'preact/hooks';
import { localDigits } from '@/lib/kenar/i18n';
import type { PhotoItem } from '@/lib/kenar/photo-list';
import { ErrorNotice } from '../ErrorNotice';
import { useLang } from '../i18n';
import { useKenarT } from './kenar-env';

/** Props of PhotoTile. */
export interface PhotoTileProps {
  item: PhotoItem;
  index: number;
  count: number;
  onMove(delta: number): void;
  onRemove(): void;
  onRetry(): void;
}

/** One photo of the strip: its picture and place, its stage with a progress bar, and its buttons. */
export function PhotoTile({ item, index, count, onMove, onRemove, onRetry }: PhotoTileProps) {
  const t = useKenarT();
  const lang = useLang();
  const [broken, setBroken] = useState(false);
  const percent = Math.round(item.progress * 100);
  // In a right-to-left strip the earlier place is to the right.
  const [earlier, later] = lang === 'fa' ? ['→', '←'] : ['←', '→'];
  const moves = [
    [-1, 'photos.earlier', earlier, 0],
    [1, 'photos.later', later, count - 1],
  ] as const;
  return (
    <li
      class="kenar-photo"
      data-testid="photo"
      data-status={item.status}
      data-path={item.path ?? ''}
    >
      <div class="kenar-photo__picture">
        {item.preview && !broken ? (
          <img
            src={item.preview}
            alt={t('photos.number', { n: index + 1 })}
            onError={() => setBroken(true)}
          />
        ) : (
          <span class="kenar-photo__number">{localDigits(index + 1, lang)}</span>
        )}
        {index === 0 ? <span class="kenar-photo__cover">{t('photos.cover')}</span> : null}
      </div>
      <div class="kenar-photo__stage">
        <span>{t(`photos.${item.status}`)}</span>
        {item.status === 'done' || item.status === 'failed' ? null : (
          <progress max={100} value={percent} data-testid="photo-progress">
            {localDigits(percent, lang)}٪
          </progress>
        )}
      </div>
      <div class="kenar-photo__buttons">
        {moves.map(([delta, word, arrow, end]) => (
          <button
            key={word}
            type="button"
            class="button button--small button--secondary"
            title={t(word)}
            aria-label={t(word)}
            data-testid={delta < 0 ? 'photo-earlier' : 'photo-later'}
            disabled={index === end}
            onClick={() => onMove(delta)}
          >
            {arrow}
          </button>
        ))}
        <button
          type="button"
          class="button button--small button--secondary"
          data-testid="photo-remove"
          onClick={onRemove}
        >
          {t('photos.remove')}
        </button>
        {item.status === 'failed' ? (
          <button
            type="button"
            class="button button--small"
            data-testid="photo-retry"
            onClick={onRetry}
          >
            {t('photos.retry')}
          </button>
        ) : null}
      </div>
      {item.error ? (
        <ErrorNotice kind={item.error.kind} detail={item.error.message || undefined} />
      ) : null}
    </li>
  );
}
