import { isPostToken } from '../post-url';

const TOKEN_KEYS = new Set(['post_token']);
const MAX_NODES = 20_000;

/**
 * The first `post_token` string with a token's shape anywhere inside a JSON value,
 * breadth first so the post's own token wins over a related post's deeper down.
 */
export function findPostToken(json: unknown): string | undefined {
  const queue: unknown[] = [json];
  for (let seen = 0; seen < queue.length && seen < MAX_NODES; seen++) {
    const node = queue[seen];
    if (typeof node !== 'object' || node === null) continue;
    for (const [key, value] of Object.entries(node)) {
      if (TOKEN_KEYS.has(key) && typeof value === 'string' && isPostToken(value)) return value;
      if (typeof value === 'object' && value !== null) queue.push(value);
    }
  }
  return undefined;
}
