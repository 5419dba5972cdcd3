import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import net from 'node:net';

/** A local HTTPS proxy that sends divar's hostnames to the replica and refuses everything else. */
export interface HostProxy {
  /** The port Firefox's `network.proxy.ssl_port` (and `http_port`) should name. */
  port: number;
  /** The `host:port` of every request refused, so a test can see what tried to go out. */
  refused: string[];
  close(): Promise<void>;
}

/**
 * Firefox has no `--host-resolver-rules`: it is pointed at this proxy instead, which answers
 * `CONNECT <host>:443` for `hosts` with a tunnel to `target` (the replica, whose certificate names
 * divar.ir) and `403` for any other host, port or plain-HTTP request, so nothing reaches the
 * internet. TLS runs end to end between Firefox and the replica; the proxy sees bytes only.
 */
export async function startHostProxy(
  target: { host: string; port: number },
  hosts: readonly string[],
): Promise<HostProxy> {
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((request, response) => {
    refused.push(request.headers.host ?? request.url ?? '');
    response.writeHead(403).end();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (request, client: Socket, head) => {
    const [host = '', port = ''] = (request.url ?? '').split(':');
    if (port !== '443' || !hosts.includes(host)) {
      refused.push(request.url ?? '');
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(target.port, target.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
