import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Keeps the browsers under test off the network: copied corpus pages (the readability ones)
 * reference dozens of outside hosts for images, ads and trackers. Every request that is not
 * for the loopback address goes to this local proxy, which refuses it at once, so no DNS
 * lookup or connection leaves the machine and pages load fast and the same way every time.
 * Browsers never send loopback traffic through a proxy, so the 127.0.0.1 test pages are
 * unaffected.
 */
export interface RefusingProxy {
  /** `127.0.0.1:PORT` */
  hostPort: string;
  port: number;
  close(): Promise<void>;
}

/** How much of a request's body a recording proxy keeps. */
const BODY_KEPT = 20_000;

/** What a recording proxy was asked (startRefusingProxy's `record`). */
export interface ProxyRecorder {
  /** Each request and tunnel as it arrives: `GET http://host/path`, `CONNECT host:443`. */
  request(line: string): void;
  /** A request's body, its first BODY_KEPT characters, once it has all come (not called when empty). */
  body(url: string, body: string): void;
}

/**
 * Starts an HTTP proxy on 127.0.0.1 that answers 403 to every request and CONNECT tunnel,
 * telling `record` what it was asked (the privacy test), if given.
 */
export async function startRefusingProxy(record?: ProxyRecorder): Promise<RefusingProxy> {
  const refuse = (res: ServerResponse) => res.writeHead(403, { 'Content-Type': 'text/plain', Connection: 'close' }).end('offline test browser');
  const server = createServer((req, res) => {
    if (!record) return void refuse(res);
    record.request(`${req.method} ${req.url}`);
    let body = '';
    req.on('data', (chunk: Buffer) => {
      if (body.length < BODY_KEPT) body = (body + chunk.toString('utf8')).slice(0, BODY_KEPT);
    });
    req.on('end', () => {
      if (body) record.body(req.url ?? '', body);
      refuse(res);
    });
  });
  server.on('connect', (req, socket) => {
    record?.request(`CONNECT ${req.url}`);
    // The browser may reset a refused tunnel before the answer is written (ECONNRESET): that
    // is expected, and a socket error without a listener would end the whole process (it
    // ended a bench run on the 5 MB page once, and a test run in the privacy test's own
    // proxy, before that test used this one).
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  // The same for a plain request's connection reset mid-answer.
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    hostPort: `127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Chromium switches: proxy everything (loopback is bypassed implicitly), resolve no host name. */
export function chromiumOfflineArgs(proxy: Pick<RefusingProxy, 'hostPort'>): string[] {
  return [
    `--proxy-server=http://${proxy.hostPort}`,
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  ];
}

/** Firefox preferences to the same effect (Firefox also never proxies localhost by default). */
export function firefoxOfflinePrefs(proxy: RefusingProxy): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxy.port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxy.port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.failover_direct': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
  };
}
