import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A finished download: its file name and bytes. */
export interface Download {
  name: string;
  bytes: Buffer;
}

/**
 * Runs `start` and returns the one file it makes appear in `dir` (the profile's download folder),
 * once Firefox has finished writing it (no `.part` file left).
 */
export async function nextDownload(
  dir: string,
  start: () => Promise<unknown>,
  timeout = 10_000,
): Promise<Download> {
  const before = new Set(readdirSync(dir));
  await start();
  const deadline = Date.now() + timeout;
  for (;;) {
    const files = readdirSync(dir).filter((name) => !before.has(name));
    const done = files.filter((name) => !name.endsWith('.part'));
    if (done.length === 1 && files.length === 1) {
      const name = done[0] as string;
      const bytes = readFileSync(path.join(dir, name));
      if (bytes.length > 0) return { name, bytes };
    }
    if (Date.now() > deadline) throw new Error(`no download in ${dir} (saw: ${files.join(', ')})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
