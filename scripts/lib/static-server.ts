import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** A running static server: `url` ends with a slash; `close()` stops it. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Directory served at `/`; omit to serve only `pages`. */
  root?: string;
  /** In-memory pages, keyed by URL path (`/fixture.html` or `fixture.html`); they win over files. */
  pages?: Record<string, string>;
}

// The corpus README fixes the HTML type to UTF-8, overriding any <meta charset> in a copied page.
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Serves `root` (and/or in-memory `pages`) on 127.0.0.1 at a free port chosen by the OS. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = options.root === undefined ? undefined : path.resolve(options.root);
  const pages = new Map<string, string>();
  for (const [key, html] of Object.entries(options.pages ?? {})) {
    pages.set(key.startsWith('/') ? key : `/${key}`, html);
  }

  const server = createServer((req, res) => {
    void (async () => {
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      } catch {
        res.writeHead(400).end('bad request');
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      const inline = pages.get(pathname);
      if (inline !== undefined) {
        send(res, req.method, 'text/html; charset=utf-8', Buffer.from(inline, 'utf8'));
        return;
      }
      if (root === undefined) {
        res.writeHead(404).end('not found');
        return;
      }
      let file = path.join(root, pathname);
      // path.join normalises "..": anything that lands outside root is refused.
      if (file !== root && !file.startsWith(root + path.sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
        send(res, req.method, contentType(file), await readFile(file));
      } catch {
        res.writeHead(404).end('not found');
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

function send(res: ServerResponse, method: string, type: string, body: Buffer): void {
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
  });
  res.end(method === 'HEAD' ? undefined : body);
}
