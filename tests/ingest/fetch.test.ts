/**
 * Fetching links against the loopback news server: pages, redirects, and every way a link can be bad —
 * each one FetchError with one sentence. Private addresses are refused after DNS resolution and on every
 * redirect (127.0.0.1 itself is allowed here only by name, as FETCH_ALLOW_HOSTS would), and the
 * connection goes to the address that was checked.
 */
import dns from 'node:dns';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchPage, FetchError, USER_AGENT, type FetchOptions } from '../../src/ingest/fetch.js';
import { blockedAttempts } from '../setup/loopback-only.js';
import { HUGE_BYTES, startNewsServer, type NewsServer } from './news-server.js';

let server: NewsServer;
const opts = (o: Partial<FetchOptions> = {}): FetchOptions => ({
  allowHosts: ['127.0.0.1'],
  timeoutMs: 5_000,
  maxBytes: 2 * 1024 * 1024,
  maxRedirects: 5,
  ...o,
});

beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(async () => {
  await server.close();
});

async function failure(url: string, o?: Partial<FetchOptions>): Promise<string> {
  const e = await fetchPage(url, opts(o)).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(FetchError);
  const msg = (e as Error).message;
  // One sentence: a capital, one full stop at the end, no stack, no line break.
  expect(msg).toMatch(/^[A-Z"].*[.]$/s);
  expect(msg).not.toMatch(/\n|\bat .*\.js:\d+/);
  return msg;
}

describe('fetchPage', () => {
  it('fetches a page with its type, charset and final address, saying who asks', async () => {
    const got = await fetchPage(`${server.base}/vi/the-gioi/doi-thoai-lan-thu-9.html`, opts());
    expect(got.kind).toBe('html');
    expect(got.charset).toBe('utf-8');
    expect(got.url).toBe(`${server.base}/vi/the-gioi/doi-thoai-lan-thu-9.html`);
    expect(got.bytes.toString('utf8')).toContain('lần thứ 9');
    expect(server.requests.at(-1)?.userAgent).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^vn-us-dialogue-bot\//);
  });

  it('follows redirects (relative and absolute, 301/302/307) and reports where it ended', async () => {
    const got = await fetchPage(`${server.base}/redirect/1`, opts());
    expect(got.url).toBe(`${server.base}/vi/the-gioi/doi-thoai-lan-thu-9.html`);
  });

  it('stops after the redirect limit, and on a loop', async () => {
    expect(await failure(`${server.base}/redirect/1`, { maxRedirects: 2 })).toMatch(/redirects more than 2 times/);
    expect(await failure(`${server.base}/redirect/loop`)).toMatch(/redirects more than 5 times/);
  });

  it('decompresses gzip, and stops a gzip bomb at the cap of decompressed bytes', async () => {
    const got = await fetchPage(`${server.base}/gzip/en`, opts());
    expect(got.bytes.toString('utf8')).toContain('Ninth U.S.-Vietnam');
    expect(await failure(`${server.base}/gzip/bomb`)).toMatch(/larger than the 2 MB/);
  });

  it('a 404 is one sentence naming the status', async () => {
    expect(await failure(`${server.base}/missing`)).toMatch(/^The server answered 404 Not Found for /);
  });

  it('a non-HTML response (a PDF) is refused without reading it', async () => {
    expect(await failure(`${server.base}/report.pdf`)).toBe(
      'The link is not a web page or text (it is application/pdf).',
    );
  });

  it('a 50 MB body: refused on its declared length, and when streamed the cap stops reading early', async () => {
    expect(await failure(`${server.base}/huge-declared`)).toMatch(
      /^The page is 50 MB, larger than the 2 MB a page may be; nothing was read\.$/,
    );
    expect(await failure(`${server.base}/huge`)).toMatch(/larger than the 2 MB a page may be; reading stopped there/);
    // The server stopped well short of 50 MB: the client closed the connection (socket buffers allow some slack).
    await vi.waitFor(() => expect(server.hugeSent()).toBeGreaterThan(0), { timeout: 2_000 });
    expect(server.hugeSent()).toBeLessThan(HUGE_BYTES / 4);
  });

  it('a server that never finishes is given up at the deadline', async () => {
    expect(await failure(`${server.base}/slow`, { timeoutMs: 400 })).toBe(
      'No complete answer from 127.0.0.1 within 0.4 s.',
    );
  });

  it('an unreachable host is one sentence', async () => {
    // A port nobody listens on (the server's own port + a closed one is not guaranteed: use port 9 on loopback).
    expect(await failure('http://127.0.0.1:9/')).toMatch(/^Could not reach 127\.0\.0\.1:9 \(ECONNREFUSED\)\.$/);
  });

  it('only http and https links; no credentials in links', async () => {
    expect(await failure('file:///etc/passwd')).toBe('Only http and https links can be added, not file: links.');
    expect(await failure('ftp://127.0.0.1/x')).toMatch(/not ftp: links/);
    expect(await failure(`http://user:pw@127.0.0.1:${server.port}/`)).toMatch(/user name or password/);
    expect(await failure('http://')).toMatch(/not a valid link/);
    expect(await failure(`${server.base}/redirect/file`)).toMatch(/not file: links/);
  });
});

describe('address safety', () => {
  it('refuses loopback when not allowed by name, before any request', async () => {
    const before = server.requests.length;
    expect(await failure(`${server.base}/vi/the-gioi/doi-thoai-lan-thu-9.html`, { allowHosts: [] })).toMatch(
      /^Refused to fetch from 127\.0\.0\.1: it is a loopback address \(127\.0\.0\.1\), inside this host's own network; an owner can allow a host with FETCH_ALLOW_HOSTS\.$/,
    );
    expect(await failure(`http://[::1]:${server.port}/`, { allowHosts: [] })).toMatch(
      /it is a loopback address \(::1\)/,
    );
    expect(await failure(`http://[::ffff:127.0.0.1]:${server.port}/`, { allowHosts: [] })).toMatch(
      /loopback address \(as IPv6/,
    );
    expect(server.requests.length).toBe(before);
  });

  it('checks a name after DNS resolution: "localhost" resolves to loopback and is refused', async () => {
    expect(await failure(`http://localhost:${server.port}/`, { allowHosts: [] })).toMatch(
      /^Refused to fetch from localhost: it is a loopback address/,
    );
  });

  it('checks every redirect: to the metadata service, a private address, an IPv4-mapped private one, or an unlisted name', async () => {
    const blockedBefore = blockedAttempts.length;
    expect(await failure(`${server.base}/redirect/metadata`)).toMatch(
      /Refused to fetch from 169\.254\.169\.254: it is a link-local address/,
    );
    expect(await failure(`${server.base}/redirect/private`)).toMatch(
      /Refused to fetch from 10\.0\.0\.7: it is a private address/,
    );
    expect(await failure(`${server.base}/redirect/mapped`)).toMatch(
      /Refused to fetch from ::ffff:c0a8:1: it is a private address \(as IPv6/,
    );
    // 127.0.0.1 is allowed by name; the same server reached as "localhost" is not.
    expect(await failure(`${server.base}/redirect/localhost`)).toMatch(
      /Refused to fetch from localhost: it is a loopback address/,
    );
    // Refused by the fetcher itself: nothing even tried to connect (the test guard saw no attempt).
    expect(blockedAttempts.length).toBe(blockedBefore);
  });

  it('connects to the address it checked, not to a second DNS answer (no rebinding)', async () => {
    const real = dns.promises.lookup;
    // The first answer (the one checked) is loopback, allowed here by name; any later lookup would say 10.0.0.1.
    const checked = vi
      .spyOn(dns.promises, 'lookup')
      .mockImplementation((async (host: string, o: unknown) =>
        host === 'rebind.localhost'
          ? [{ address: '127.0.0.1', family: 4 }]
          : (real as (h: string, o: unknown) => Promise<unknown>)(host, o)) as typeof dns.promises.lookup);
    const later = vi
      .spyOn(dns, 'lookup')
      .mockImplementation(((_h: string, _o: unknown, cb: (e: null, a: string, f: number) => void) =>
        cb(null, '10.0.0.1', 4)) as unknown as typeof dns.lookup);
    try {
      const got = await fetchPage(
        `http://rebind.localhost:${server.port}/en/ninth-dialogue`,
        opts({ allowHosts: ['rebind.localhost'] }),
      );
      expect(got.bytes.toString('utf8')).toContain('Ninth U.S.-Vietnam');
      expect(server.requests.at(-1)?.host).toBe(`rebind.localhost:${server.port}`);
      expect(checked).toHaveBeenCalledTimes(1);
      expect(later).not.toHaveBeenCalled();
    } finally {
      checked.mockRestore();
      later.mockRestore();
    }
  });
});
