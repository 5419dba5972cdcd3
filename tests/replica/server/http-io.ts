/** Reading request bodies and writing responses, including the slow and cut delivery faults. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Delivery } from './faults.ts';
import type { ReplicaResponse } from './http-types.ts';

// Room for a real APK uploaded to the Pishkhan replica in the demo.
const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Reads the whole request body (up to 64 MiB). */
export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Writes a response. "slow" sends the headers at once and the body in ten pieces over
 * `slowBodyMs`; "cut" sends the headers and half the body, then destroys the socket.
 */
export async function sendResponse(
  res: ServerResponse,
  response: ReplicaResponse,
  delivery: Delivery,
  slowBodyMs: number,
): Promise<void> {
  const body = Buffer.isBuffer(response.body) ? response.body : Buffer.from(response.body, 'utf8');
  res.writeHead(response.status, { ...response.headers, 'content-length': String(body.length) });
  if (delivery === 'cut') {
    res.write(body.subarray(0, Math.floor(body.length / 2)));
    await sleep(20);
    res.socket?.destroy();
    return;
  }
  if (delivery === 'slow' && body.length > 0) {
    res.flushHeaders();
    const pieces = 10;
    const size = Math.ceil(body.length / pieces);
    for (let offset = 0; offset < body.length; offset += size) {
      await sleep(slowBodyMs / pieces);
      if (res.destroyed) return;
      res.write(body.subarray(offset, offset + size));
    }
    res.end();
    return;
  }
  res.end(body);
}
