import { useState } from 'preact/hooks';
import { PHOTO_LIMITS } from '@/lib/kenar/photo-limits';
import { useKenarT } from './kenar-env';
import { PhotoTile } from './PhotoTile';
import type { Photos } from './use-photos';

/** Photos of a post: dropped or picked, shown in order as tiles, each uploaded with its own bar. */
export function PhotoStrip({ photos }: { photos: Photos }) {
  const t = useKenarT();
  const [over, setOver] = useState(false);
  const { items } = photos;
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) photos.add(files);
  };
  return (
    <section class="kenar-photos" data-testid="photo-strip">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target; keyboards use the file button inside it. */}
      <div
        class={`kenar-drop${over ? ' kenar-drop--over' : ''}`}
        data-testid="photo-drop"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <span>{t('photos.drop')}</span>
        <label class="button button--small">
          {t('photos.pick')}
          <input
            type="file"
            accept="image/*"
            multiple
            hidden
            data-testid="photo-input"
            onChange={(event) => {
              const input = event.currentTarget;
              photos.add([...(input.files ?? [])]);
              input.value = '';
            }}
          />
        </label>
      </div>
      <p class="muted">{t('photos.note', { max: PHOTO_LIMITS.maxPhotos })}</p>
      {photos.dropped > 0 ? (
        <p class="kenar-problem" role="alert">
          {t('photos.tooMany', { max: PHOTO_LIMITS.maxPhotos })}
        </p>
      ) : null}
      {items.length > 0 ? (
        <ol class="kenar-photo-list">
          {items.map((item, index) => (
            <PhotoTile
              key={item.id}
              item={item}
              index={index}
              count={items.length}
              onMove={(delta) => photos.move(item.id, delta)}
              onRemove={() => photos.remove(item.id)}
              onRetry={() => photos.retry(item.id)}
            />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
