/**
 * Fetching one link, carefully: http and https only; every host name resolved here and each of its
 * addresses checked (address.ts) before connecting, on the first request and on every redirect; the
 * connection then pinned to the very address that was checked (node:http's `lookup` hook answers with
 * it), so a second DNS answer cannot swap in another (DNS rebinding); redirects followed up to a limit;
 * one deadline for the whole fetch; the body streamed and the reading stopped as soon as it passes the
 * size cap (after decompression, so a small compressed bomb is stopped too); a User-Agent that says who
 * is asking. Every failure is a FetchError whose message is one sentence for the owner.
 */
import { head } from '../util/truncate.js';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { forbiddenAddress, isAllowedHost } from './address.js';
import { charsetOfContentType } from './charset.js';

export const USER_AGENT = "vn-us-dialogue-bot/0.1 (adds one news article at its owner's request; Node.js)";

export interface FetchOptions {
  /** Host names (or literal addresses) allowed even though they resolve to a refused address. */
  allowHosts: readonly string[];
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent?: string;
}

export interface Fetched {
  /** The address the body came from, after redirects. */
  url: string;
  kind: 'html' | 'text';
  mediaType: string;
  /** The Content-Type header's charset, if any. */
  charset?: string;
  bytes: Buffer;
}

export class FetchError extends Error {}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

function mb(bytes: number): string {
  return `${+(bytes / 1048576).toFixed(1)} MB`;
}

/** Is this text an http(s) link (as opposed to a file path)? */
export function looksLikeUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input.trim());
}

/** Parse and vet a link: http(s) only, no credentials in it. */
export function checkUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new FetchError(`"${head(input, 80)}" is not a valid link.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError(`Only http and https links can be added, not ${url.protocol.slice(0, 20)} links.`);
  if (url.username || url.password) throw new FetchError('Links with a user name or password in them are not fetched.');
  url.hash = '';
  return url;
}

/** The addresses a host name resolves to, each checked; throws a FetchError when one is refused. */
async function checkedAddress(url: URL, opts: FetchOptions): Promise<{ address: string; family: 4 | 6 }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await dns.promises.lookup(host, { all: true, verbatim: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new FetchError(
        code === 'ENOTFOUND' || code === 'ENODATA'
          ? `The host ${host} does not exist (no DNS record).`
          : `The host ${host} could not be looked up (${code ?? (e as Error).message}).`,
      );
    }
  }
  if (addresses.length === 0) throw new FetchError(`The host ${host} has no address.`);
  if (!isAllowedHost(host, opts.allowHosts)) {
    // Every address is checked, not only the first: the connection may be made to any of them.
    for (const a of addresses) {
      const why = forbiddenAddress(a.address);
      if (why)
        throw new FetchError(
          `Refused to fetch from ${host}: it is ${why} (${a.address}), inside this host's own network; an owner can allow a host with FETCH_ALLOW_HOSTS.`,
        );
    }
  }
  const first = addresses[0] as { address: string; family: number };
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

interface Hop {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Readable;
  abort(): void;
}

function request(
  url: URL,
  pinned: { address: string; family: 4 | 6 },
  opts: FetchOptions,
  signal: AbortSignal,
): Promise<Hop> {
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise<Hop>((resolve, reject) => {
    const req = lib.request(
      url,
      {
        method: 'GET',
        agent: false,
        signal,
        headers: {
          'user-agent': opts.userAgent ?? USER_AGENT,
          accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
        },
        // The connection goes to the address checked above, whatever the resolver would say now.
        lookup: ((_host: string, options: { all?: boolean }, cb: (...args: unknown[]) => void) => {
          if (options?.all) cb(null, [{ address: pinned.address, family: pinned.family }]);
          else cb(null, pinned.address, pinned.family);
        }) as unknown as typeof dns.lookup,
      },
      (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res, abort: () => req.destroy() }),
    );
    req.on('error', reject);
    req.end();
  });
}

function decoded(hop: Hop): Readable {
  const enc = String(hop.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  if (enc === 'gzip' || enc === 'x-gzip') return hop.body.pipe(zlib.createGunzip());
  if (enc === 'deflate') return hop.body.pipe(zlib.createInflate());
  if (enc === 'br') return hop.body.pipe(zlib.createBrotliDecompress());
  if (enc === '' || enc === 'identity') return hop.body;
  throw new FetchError(`The server sent the page in an encoding this bot cannot read (${enc.slice(0, 20)}).`);
}

function kindOf(mediaType: string): Fetched['kind'] | undefined {
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml') return 'html';
  if (mediaType === 'text/plain') return 'text';
  return undefined;
}

/** Read a body to its end, stopping (and closing the connection) as soon as it passes `max` bytes. */
async function readCapped(stream: Readable, max: number, abort: () => void): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > max) {
      abort();
      stream.destroy();
      throw new FetchError(`The page is larger than the ${mb(max)} a page may be; reading stopped there.`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Fetch a page or text file; throws FetchError with one sentence when it cannot or must not. */
export async function fetchPage(input: string, opts: FetchOptions): Promise<Fetched> {
  let url = checkUrl(input);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  const timedOut = () => new FetchError(`No complete answer from ${url.hostname} within ${opts.timeoutMs / 1000} s.`);
  // DNS lookups cannot be cancelled: they race the same deadline.
  const deadline = new Promise<never>((_, reject) =>
    controller.signal.addEventListener('abort', () => reject(timedOut()), { once: true }),
  );
  deadline.catch(() => undefined);
  try {
    for (let redirects = 0; ; redirects++) {
      const pinned = await Promise.race([checkedAddress(url, opts), deadline]);
      let hop: Hop;
      try {
        hop = await Promise.race([request(url, pinned, opts, controller.signal), deadline]);
      } catch (e) {
        if (e instanceof FetchError) throw e;
        const code = (e as NodeJS.ErrnoException).code;
        throw new FetchError(`Could not reach ${url.host} (${code ?? (e as Error).message.slice(0, 80)}).`);
      }
      if (REDIRECT.has(hop.status)) {
        hop.abort();
        const location = hop.headers.location;
        if (!location) throw new FetchError(`${url.host} answered with a redirect (${hop.status}) that leads nowhere.`);
        if (redirects >= opts.maxRedirects)
          throw new FetchError(`The link redirects more than ${opts.maxRedirects} times; stopped following it.`);
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          throw new FetchError(`${url.host} redirected to an invalid address.`);
        }
        url = checkUrl(next.href);
        continue;
      }
      if (hop.status < 200 || hop.status > 299) {
        hop.abort();
        throw new FetchError(
          `The server answered ${hop.status}${http.STATUS_CODES[hop.status] ? ` ${http.STATUS_CODES[hop.status]}` : ''} for ${url.href.slice(0, 200)}.`,
        );
      }
      const contentType = String(hop.headers['content-type'] ?? '');
      const mediaType = contentType.split(';')[0]?.trim().toLowerCase() || 'an unstated type';
      const kind = kindOf(mediaType);
      if (!kind) {
        hop.abort();
        throw new FetchError(`The link is not a web page or text (it is ${mediaType.slice(0, 60)}).`);
      }
      const length = Number(hop.headers['content-length']);
      if (Number.isFinite(length) && length > opts.maxBytes && !hop.headers['content-encoding']) {
        hop.abort();
        throw new FetchError(
          `The page is ${mb(length)}, larger than the ${mb(opts.maxBytes)} a page may be; nothing was read.`,
        );
      }
      let bytes: Buffer;
      try {
        bytes = await Promise.race([readCapped(decoded(hop), opts.maxBytes, hop.abort), deadline]);
      } catch (e) {
        hop.abort();
        if (e instanceof FetchError) throw e;
        if (controller.signal.aborted) throw timedOut();
        throw new FetchError(
          `The page from ${url.host} could not be read to its end (${(e as NodeJS.ErrnoException).code ?? (e as Error).message.slice(0, 80)}).`,
        );
      }
      return { url: url.href, kind, mediaType, charset: charsetOfContentType(contentType), bytes };
    }
  } catch (e) {
    if (e instanceof FetchError) throw e;
    if (controller.signal.aborted) throw timedOut();
    throw new FetchError(`Fetching ${url.host} failed (${(e as Error).message.slice(0, 120)}).`);
  } finally {
    clearTimeout(timer);
  }
}
