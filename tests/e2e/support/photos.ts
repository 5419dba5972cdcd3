/** Real pictures for the photo tests, drawn by the browser itself (no image files in the repo). */
import type { Locator, Page } from '@playwright/test';

/** A file as Playwright's setInputFiles takes it. */
export interface PhotoFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** One picture to draw: its size, colour, the big label on it and its type. */
export interface PhotoSpec {
  name: string;
  width: number;
  height: number;
  hue: number;
  label: string;
  type?: 'image/jpeg' | 'image/png';
}

/** Draws each picture on a canvas in `page` and returns the encoded files. */
export async function drawPhotos(page: Page, specs: PhotoSpec[]): Promise<PhotoFile[]> {
  const encoded = await page.evaluate(async (list) => {
    const out: string[] = [];
    for (const spec of list) {
      const canvas = document.createElement('canvas');
      canvas.width = spec.width;
      canvas.height = spec.height;
      const g = canvas.getContext('2d') as CanvasRenderingContext2D;
      const gradient = g.createLinearGradient(0, 0, spec.width, spec.height);
      gradient.addColorStop(0, `hsl(${spec.hue} 70% 55%)`);
      gradient.addColorStop(1, `hsl(${spec.hue + 40} 70% 30%)`);
      g.fillStyle = gradient;
      g.fillRect(0, 0, spec.width, spec.height);
      g.fillStyle = '#fff';
      g.font = `bold ${Math.round(spec.height / 3)}px sans-serif`;
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      g.fillText(spec.label, spec.width / 2, spec.height / 2);
      const url = canvas.toDataURL(spec.type ?? 'image/jpeg', 0.92);
      out.push(url.slice(url.indexOf(',') + 1));
    }
    return out;
  }, specs);
  return specs.map((spec, i) => ({
    name: spec.name,
    mimeType: spec.type ?? 'image/jpeg',
    buffer: Buffer.from(encoded[i] ?? '', 'base64'),
  }));
}

/** Drops `files` on `target` the way a drag from the desktop does (a DataTransfer of Files). */
export async function dropFiles(target: Locator, files: PhotoFile[]): Promise<void> {
  const payload = files.map((f) => ({
    name: f.name,
    type: f.mimeType,
    data: f.buffer.toString('base64'),
  }));
  const dataTransfer = await target.page().evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) {
      const bytes = Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], file.name, { type: file.type }));
    }
    return transfer;
  }, payload);
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}
