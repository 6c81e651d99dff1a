/**
 * A loopback HTTP server for the ingest tests: it serves the hand-written pages of tests/ingest/pages in
 * news-site layouts, and the bad cases a link can be — redirects (a chain, a loop, one to a private
 * address, one to "localhost"), a 404, a 50 MB body streamed chunk by chunk, a server that never
 * finishes, a PDF, a gzip bomb. Bound in count (at most MAX_REQUESTS requests) and time (every response
 * ends within SLOW_MS; close() ends them all). Listens on 127.0.0.1 only.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { encodeWindows1258 } from './legacy-encoding.js';

export const PAGES = join(dirname(fileURLToPath(import.meta.url)), 'pages');
export const page = (name: string) => readFileSync(join(PAGES, name));
const MAX_REQUESTS = 300;
const SLOW_MS = 8_000;
export const HUGE_BYTES = 50 * 1024 * 1024;

export interface NewsServer {
  base: string;
  port: number;
  requests: { url: string; host?: string; userAgent?: string }[];
  /** Bytes of the 50 MB body actually written before the client went away. */
  hugeSent(): number;
  close(): Promise<void>;
}

export async function startNewsServer(): Promise<NewsServer> {
  const requests: NewsServer['requests'] = [];
  const timers = new Set<NodeJS.Timeout>();
  let hugeSent = 0;
  const legacy = encodeWindows1258(page('vi-legacy-1258.html').toString('utf8'));
  // The same page with its <meta> declaration removed: only the HTTP header names the charset.
  const legacyNoMeta = encodeWindows1258(
    page('vi-legacy-1258.html')
      .toString('utf8')
      .replace(/<meta http-equiv[^>]*>/i, ''),
  );
  let base = '';

  const html = (res: ServerResponse, body: Buffer | string, type = 'text/html; charset=utf-8') => {
    res.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    '/vi/the-gioi/doi-thoai-lan-thu-9.html': (_q, r) => html(r, page('vi-news-jsonld.html')),
    '/vi/the-gioi/doi-thoai-lan-thu-9.html?utm_source=share': (_q, r) => html(r, page('vi-news-jsonld.html')),
    '/en/ninth-dialogue': (_q, r) => html(r, page('en-news-graph.html'), 'text/html'),
    '/wire/og-only': (_q, r) => html(r, page('en-ogtitle-only.html')),
    '/legacy/doi-thoai-7.asp': (_q, r) => html(r, legacy, 'text/html'),
    '/legacy/header-charset.asp': (_q, r) => html(r, legacyNoMeta, 'text/html; charset=windows-1258'),
    '/home': (_q, r) => html(r, page('not-article.html')),
    '/text/dialogue-9.txt': (_q, r) => html(r, page('vi-news-jsonld.txt'), 'text/plain; charset=utf-8'),
    '/gzip/en': (_q, r) => {
      const body = gzipSync(page('en-news-graph.html'));
      r.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-encoding': 'gzip',
        'content-length': body.length,
      });
      r.end(body);
    },
    '/gzip/bomb': (_q, r) => {
      // 20 MB of spaces compress to about 20 KB.
      const body = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
      r.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': body.length });
      r.end(body);
    },
    '/redirect/1': (_q, r) => (r.writeHead(301, { location: '/redirect/2' }), r.end()),
    '/redirect/2': (_q, r) => (r.writeHead(302, { location: `${base}/redirect/3` }), r.end()),
    '/redirect/3': (_q, r) => (r.writeHead(307, { location: '/vi/the-gioi/doi-thoai-lan-thu-9.html' }), r.end()),
    '/redirect/loop': (_q, r) => (r.writeHead(302, { location: '/redirect/loop' }), r.end()),
    '/redirect/metadata': (_q, r) => (
      r.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }),
      r.end()
    ),
    '/redirect/private': (_q, r) => (r.writeHead(302, { location: 'http://10.0.0.7/admin' }), r.end()),
    '/redirect/mapped': (_q, r) => (r.writeHead(302, { location: 'http://[::ffff:192.168.0.1]/' }), r.end()),
    '/redirect/localhost': (_q, r) => (
      r.writeHead(302, {
        location: `http://localhost:${(server.address() as AddressInfo).port}/vi/the-gioi/doi-thoai-lan-thu-9.html`,
      }),
      r.end()
    ),
    '/redirect/file': (_q, r) => (r.writeHead(302, { location: 'file:///etc/passwd' }), r.end()),
    '/missing': (_q, r) => (r.writeHead(404, { 'content-type': 'text/html' }), r.end('<h1>Not Found</h1>')),
    '/report.pdf': (_q, r) => html(r, Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), 'application/pdf'),
    '/huge-declared': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html', 'content-length': HUGE_BYTES });
      r.end(); // a lie the client must not wait for: it refuses on the header alone
    },
    '/huge': (_q, r) => {
      // 50 MB, streamed in 64 KiB chunks as the client reads them; no Content-Length.
      r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const chunk = Buffer.alloc(64 * 1024, '<p>lorem ipsum dolor sit amet</p>\n');
      const pump = () => {
        while (hugeSent < HUGE_BYTES) {
          hugeSent += chunk.length;
          if (!r.write(chunk)) return void r.once('drain', pump);
        }
        r.end();
      };
      r.on('close', () => r.removeAllListeners('drain'));
      pump();
    },
    '/slow': (_q, r) => {
      // Headers at once, then a trickle that never completes within the client's deadline.
      r.writeHead(200, { 'content-type': 'text/html' });
      r.write('<!doctype html><html><body><p>');
      const t = setTimeout(() => r.end('late</p></body></html>'), SLOW_MS);
      timers.add(t);
      r.on('close', () => (clearTimeout(t), timers.delete(t)));
    },
  };

  const server: Server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', host: req.headers.host, userAgent: req.headers['user-agent'] });
    if (requests.length > MAX_REQUESTS) return void (res.writeHead(503), res.end());
    const route = routes[req.url ?? ''];
    if (route) route(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('no such test page');
    }
  });
  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  return {
    base,
    port,
    requests,
    hugeSent: () => hugeSent,
    close: async () => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
