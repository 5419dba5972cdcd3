import { describe, expect, it } from 'vitest';
import {
  addPhotos,
  fromUploaded,
  movePhoto,
  patchPhoto,
  stripState,
  uploadedPhotos,
} from '@/lib/kenar/photo-list';

const file = new Blob(['x'], { type: 'image/jpeg' });
const picked = (...ids: string[]) => ids.map((id) => ({ id, name: `${id}.jpg`, file }));

describe('the photo strip', () => {
  it('adds picked files in order, up to the limit, counting the ones left out', () => {
    const kept = fromUploaded([{ path: 'a.jpg', url: 'https://cdn/a.jpg' }]);
    const { list, added, dropped } = addPhotos(kept, picked('b', 'c', 'd'), 3);
    expect(list.map((p) => p.name)).toEqual(['a.jpg', 'b.jpg', 'c.jpg']);
    expect(added.map((p) => [p.id, p.status])).toEqual([
      ['b', 'waiting'],
      ['c', 'waiting'],
    ]);
    expect(dropped).toBe(1);
  });

  it('moves, patches and reads back only what is on Kenar, in order', () => {
    let list = addPhotos(fromUploaded([{ path: 'a.jpg' }]), picked('b', 'c')).list;
    list = patchPhoto(list, 'c', { status: 'done', path: 'c.jpg', url: 'https://cdn/c.jpg' });
    expect(stripState(list)).toBe('pending');
    list = movePhoto(list, 'c', -5);
    expect(list.map((p) => p.name)).toEqual(['c.jpg', 'a.jpg', 'b.jpg']);
    expect(movePhoto(list, 'a.jpg', 1)).toEqual(list); // an unknown id moves nothing
    expect(uploadedPhotos(list)).toEqual([
      { path: 'c.jpg', url: 'https://cdn/c.jpg' },
      { path: 'a.jpg' },
    ]);
    list = patchPhoto(list, 'b', { status: 'failed' });
    expect(stripState(list)).toBe('failed');
    list = patchPhoto(list, 'b', { status: 'done', path: 'b.jpg' });
    expect(stripState(list)).toBe('ready');
    expect(uploadedPhotos(movePhoto(list, 'b', -1)).map((p) => p.path)).toEqual([
      'c.jpg',
      'b.jpg',
      'a.jpg',
    ]);
  });
});
