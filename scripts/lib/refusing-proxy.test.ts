import { connect } from 'node:net';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startRefusingProxy, type RefusingProxy } from './offline';

let proxy: RefusingProxy | null = null;
afterEach(async () => {
  await proxy?.close();
  proxy = null;
});

/** Sends a plain request through the proxy; resolves with its status. */
const send = (port: number, method: string, url: string, body = '') =>
  new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: url, headers: { Host: new URL(url).host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });

describe('the refusing proxy (keeps the browsers under test off the network)', () => {
  it('refuses requests and tunnels, and records them and request bodies when asked', async () => {
    const lines: string[] = [];
    const bodies: string[] = [];
    proxy = await startRefusingProxy({ request: (l) => lines.push(l), body: (url, b) => bodies.push(`${url} ${b}`) });
    expect(await send(proxy.port, 'GET', 'http://example.test/a')).toBe(403);
    expect(await send(proxy.port, 'POST', 'http://example.test/b', 'x'.repeat(50_000))).toBe(403);
    const tunnel = await new Promise<string>((resolve) => {
      const s = connect(proxy!.port, '127.0.0.1', () => s.write('CONNECT example.test:443 HTTP/1.1\r\nHost: example.test:443\r\n\r\n'));
      let got = '';
      s.on('data', (d) => (got += d.toString()));
      s.on('close', () => resolve(got));
    });
    expect(tunnel).toMatch(/^HTTP\/1\.1 403/);
    expect(lines).toEqual(['GET http://example.test/a', 'POST http://example.test/b', 'CONNECT example.test:443']);
    expect(bodies).toEqual([`http://example.test/b ${'x'.repeat(20_000)}`]);
  });

  it('outlives a browser that resets its tunnels and requests before the answer', async () => {
    proxy = await startRefusingProxy({ request: () => undefined, body: () => undefined });
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on('uncaughtException', onError);
    try {
      for (let i = 0; i < 20; i++) {
        for (const head of ['CONNECT example.test:443 HTTP/1.1\r\nHost: example.test:443\r\n\r\n', 'POST http://example.test/ HTTP/1.1\r\nHost: example.test\r\nContent-Length: 100\r\n\r\nabc']) {
          await new Promise<void>((resolve) => {
            const s = connect(proxy!.port, '127.0.0.1', () => s.write(head, () => s.resetAndDestroy()));
            s.on('close', () => resolve());
            s.on('error', () => undefined);
          });
        }
      }
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(errors).toEqual([]);
    expect(await send(proxy.port, 'GET', 'http://example.test/still-there')).toBe(403);
  });
});
