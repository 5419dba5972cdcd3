import { useEffect, useRef, useState } from 'preact/hooks';
import { toErrorInfo } from '@/lib/errors';
import { browserCodec } from '@/lib/kenar/browser-codec';
import {
  addPhotos,
  fromUploaded,
  movePhoto,
  type PhotoItem,
  patchPhoto,
} from '@/lib/kenar/photo-list';
import { sendPhoto, uploadId } from '@/lib/kenar/photo-sender';
import { preparePhoto } from '@/lib/kenar/photo-shrink';
import type { NewPostPhoto } from '@/lib/kenar/schemas/new-post';
import { useKenarSend } from './kenar-env';

/** The photo strip's state and what changes it. */
export interface Photos {
  items: PhotoItem[];
  /** Files left out because the post was full. */
  dropped: number;
  add(files: File[]): void;
  retry(id: string): void;
  remove(id: string): void;
  move(id: string, delta: number): void;
}

/**
 * A photo strip's photos: each picked file is shrunk in the page when it must be, handed to the
 * background in pieces and uploaded, one photo at a time, each with its own progress and retry.
 */
export function usePhotos(initial: readonly NewPostPhoto[]): Photos {
  const send = useKenarSend();
  const [items, setItems] = useState<PhotoItem[]>(() => fromUploaded(initial));
  const [dropped, setDropped] = useState(0);
  const latest = useRef(items);
  latest.current = items;
  const queue = useRef<Promise<void>>(Promise.resolve());
  const update = (change: (list: PhotoItem[]) => PhotoItem[]) =>
    setItems((list) => {
      latest.current = change(list);
      return latest.current;
    });
  useEffect(
    () => () => {
      for (const item of latest.current)
        if (item.file && item.preview) URL.revokeObjectURL(item.preview);
    },
    [],
  );
  const process = async (id: string) => {
    const item = latest.current.find((entry) => entry.id === id);
    if (!item?.file) return;
    const patch = (change: Partial<PhotoItem>) => update((list) => patchPhoto(list, id, change));
    patch({ status: 'preparing', progress: 0.05, error: undefined });
    try {
      const prepared = await preparePhoto(item.file, browserCodec, item.maxBytes);
      const photo = await sendPhoto(
        prepared,
        (piece) => send<'kenarPhotoPiece'>({ type: 'kenarPhotoPiece', ...piece }),
        (done, status) => patch({ status, progress: 0.1 + 0.85 * done }),
        uploadId(),
      );
      patch({ status: 'done', progress: 1, path: photo.path, url: photo.url });
    } catch (error) {
      const info = toErrorInfo(error);
      const smaller =
        info.kind === 'kenar-photo-too-large' ? Math.floor(item.maxBytes / 2) : item.maxBytes;
      patch({ status: 'failed', error: info, maxBytes: smaller });
    }
  };
  const enqueue = (id: string) => {
    queue.current = queue.current.then(() => process(id));
  };
  return {
    items,
    dropped,
    add: (files) => {
      const picked = files.map((file) => ({
        id: uploadId(),
        name: file.name,
        file,
        preview: URL.createObjectURL(file),
      }));
      const { list, added, dropped: left } = addPhotos(latest.current, picked);
      for (const extra of picked.slice(added.length)) URL.revokeObjectURL(extra.preview);
      latest.current = list;
      setItems(list);
      setDropped(left);
      for (const item of added) enqueue(item.id);
    },
    retry: (id) => {
      update((list) => patchPhoto(list, id, { status: 'waiting', progress: 0, error: undefined }));
      enqueue(id);
    },
    remove: (id) => {
      const item = latest.current.find((entry) => entry.id === id);
      if (item?.file && item.preview) URL.revokeObjectURL(item.preview);
      update((list) => list.filter((entry) => entry.id !== id));
    },
    move: (id, delta) => update((list) => movePhoto(list, id, delta)),
  };
}
