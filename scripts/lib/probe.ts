import { lookup } from 'node:dns/promises';
import { connect } from 'node:tls';

/** Whether a DNS lookup and TLS handshake with `host:port` succeed within `timeoutMs`. */
export async function canConnectTls(host: string, port = 443, timeoutMs = 3000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const attempt = (async () => {
    const { address } = await lookup(host);
    return new Promise<boolean>((resolve) => {
      const socket = connect({ host: address, port, servername: host });
      const finish = (ok: boolean) => {
        socket.destroy();
        resolve(ok);
      };
      socket.once('secureConnect', () => finish(socket.authorized));
      socket.once('error', () => finish(false));
      // The deadline answers first; this only stops a late handshake from lingering.
      socket.setTimeout(timeoutMs, () => finish(false));
    });
  })().catch(() => false);
  try {
    return await Promise.race([attempt, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
