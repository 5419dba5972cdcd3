import { parseHTML } from 'linkedom';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { mountInLang } from '@/components/mount';
import type { Lang } from '@/lib/i18n';
import { type LangMirror, loadLang, mirroredLang, saveLang } from '@/lib/i18n/lang-pref';

function fakeStorage(stored: unknown) {
  const items = new Map<string, unknown>([['sync:lang:v1', stored]]);
  let answer: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => {
    answer = resolve;
  });
  return {
    items,
    answer,
    getItem: async <T,>(key: string) => {
      await answered;
      return (items.get(key) ?? null) as T | null;
    },
    setItem: async <T,>(key: string, value: T) => {
      items.set(key, value);
    },
  };
}

function fakeMirror(initial?: string): LangMirror & { map: Map<string, string> } {
  const map = new Map<string, string>(initial ? [['divar-actions:lang', initial]] : []);
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

function Page({ lang }: { lang: Lang }) {
  const [mounted] = useState(() => lang); // a remount shows in which language it began
  return <p data-testid="page">{`${lang} ${mounted}`}</p>;
}

const root = () =>
  parseHTML(
    '<!doctype html><html><body><div id="app"></div></body></html>',
  ).document.getElementById('app') as unknown as Element;

describe('a page in the remembered language', () => {
  it('paints at once in the language its pages last used, before storage answers', async () => {
    const app = root();
    const storage = fakeStorage('en');
    const done = mountInLang(app, storage, (lang) => <Page lang={lang} />, fakeMirror('en'));
    expect(app.textContent).toBe('en en'); // storage has not answered yet
    storage.answer();
    expect(await done).toBe('en');
    expect(app.textContent).toBe('en en');
  });

  it('starts afresh in the stored language when another browser changed it', async () => {
    const app = root();
    const storage = fakeStorage('en');
    const mirror = fakeMirror('fa');
    const done = mountInLang(app, storage, (lang) => <Page lang={lang} />, mirror);
    expect(app.textContent).toBe('fa fa');
    storage.answer();
    await done;
    expect(app.textContent).toBe('en en');
    expect(mirroredLang(mirror)).toBe('en');
  });

  it('waits for storage when nothing is remembered, or the mirror is blocked', async () => {
    const app = root();
    const storage = fakeStorage(null);
    const blocked: LangMirror = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const done = mountInLang(app, storage, (lang) => <Page lang={lang} />, blocked);
    expect(app.textContent).toBe('');
    storage.answer();
    expect(await done).toBe('fa');
    expect(app.textContent).toBe('fa fa');
  });

  it('saves a new choice to storage and the mirror, and ignores a mirror holding garbage', async () => {
    const storage = fakeStorage(null);
    storage.answer();
    const mirror = fakeMirror('de');
    expect(mirroredLang(mirror)).toBeUndefined();
    await saveLang(storage, 'en', mirror);
    expect(storage.items.get('sync:lang:v1')).toBe('en');
    expect(mirroredLang(mirror)).toBe('en');
    expect(await loadLang(storage)).toBe('en'); // the background reads without a mirror
  });
});
