/**
 * Test guard: the test process may only open network connections to the
 * loopback interface (127.0.0.0/8, ::1, localhost) or local IPC paths.
 *
 * Importing this module installs the guard (so it can be a vitest
 * `setupFiles` entry); `uninstallLoopbackOnlyGuard()` removes it.
 *
 * Patched: net.Socket.prototype.connect (covers net/tls/http/https/undici
 * fetch/ws), dns.lookup and dns.promises.lookup (non-loopback names fail
 * before any query leaves the machine), dgram.Socket.prototype.send/connect.
 */
import dgram from 'node:dgram';
import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';

export class LoopbackOnlyError extends Error {
  readonly code = 'ERR_LOOPBACK_ONLY';
  constructor(
    readonly host: string,
    readonly via: string,
  ) {
    super(
      `loopback-only guard: ${via} to non-loopback host "${host}" blocked in tests (only 127.0.0.1, ::1, localhost)`,
    );
    this.name = 'LoopbackOnlyError';
  }
}

/** Every blocked attempt, for assertions. */
export const blockedAttempts: { host: string; via: string; time: number }[] = [];

export function isLoopbackHost(host: string | undefined | null): boolean {
  if (host === undefined || host === null || host === '') return true; // Node's default is localhost
  let h = host.trim().toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  if (h.startsWith('::ffff:')) h = h.slice('::ffff:'.length);
  return net.isIPv4(h) && h.startsWith('127.');
}

function block(host: string, via: string): LoopbackOnlyError {
  blockedAttempts.push({ host, via, time: Date.now() });
  return new LoopbackOnlyError(host, via);
}

type AnyFn = (...args: any[]) => any;

interface Saved {
  connect: AnyFn;
  lookup: AnyFn;
  promisesLookup: AnyFn;
  dgramSend: AnyFn;
  dgramConnect: AnyFn;
}

let saved: Saved | null = null;

/** Host a `socket.connect(...)` call targets, or null for IPC paths. */
function targetHost(args: unknown[]): string | null | undefined {
  let first = args[0];
  // net internals call connect([options, cb]) via normalized args arrays.
  if (Array.isArray(first)) first = first[0];
  if (first !== null && typeof first === 'object') {
    const o = first as { host?: string; path?: string; port?: unknown };
    if (typeof o.path === 'string' && o.port === undefined) return null;
    return o.host;
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return null; // IPC path
  // connect(port, host?, cb?)
  return typeof args[1] === 'string' ? args[1] : undefined;
}

export function installLoopbackOnlyGuard(): void {
  if (saved) return;
  const s: Saved = {
    connect: net.Socket.prototype.connect as AnyFn,
    lookup: dns.lookup as AnyFn,
    promisesLookup: dns.promises.lookup as AnyFn,
    dgramSend: dgram.Socket.prototype.send as AnyFn,
    dgramConnect: dgram.Socket.prototype.connect as AnyFn,
  };
  saved = s;

  (net.Socket.prototype as { connect: AnyFn }).connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
    const host = targetHost(args);
    if (host !== null && !isLoopbackHost(host)) throw block(String(host), 'net.Socket.connect');
    return s.connect.apply(this, args);
  };

  (dns as { lookup: AnyFn }).lookup = function guardedLookup(hostname: string, ...rest: unknown[]) {
    if (!isLoopbackHost(hostname)) {
      const err = block(hostname, 'dns.lookup');
      const cb = rest[rest.length - 1];
      if (typeof cb === 'function') {
        process.nextTick(() => (cb as AnyFn)(err));
        return {};
      }
      throw err;
    }
    return s.lookup.call(dns, hostname, ...rest);
  };

  (dns.promises as { lookup: AnyFn }).lookup = function guardedPromisesLookup(hostname: string, ...rest: unknown[]) {
    if (!isLoopbackHost(hostname)) return Promise.reject(block(hostname, 'dns.promises.lookup'));
    return s.promisesLookup.call(dns.promises, hostname, ...rest);
  };

  (dgram.Socket.prototype as { send: AnyFn }).send = function guardedSend(this: dgram.Socket, ...args: unknown[]) {
    // send(msg, [offset, length,] port, address, cb) — address is the first string after the message.
    const address = args.slice(1).find((a) => typeof a === 'string');
    if (address !== undefined && !isLoopbackHost(address)) throw block(address, 'dgram.send');
    return s.dgramSend.apply(this, args);
  };

  (dgram.Socket.prototype as { connect: AnyFn }).connect = function guardedDgramConnect(
    this: dgram.Socket,
    ...args: unknown[]
  ) {
    const address = typeof args[1] === 'string' ? args[1] : undefined;
    if (address !== undefined && !isLoopbackHost(address)) throw block(address, 'dgram.connect');
    return s.dgramConnect.apply(this, args);
  };
  // Make `import { lookup } from 'node:dns'` style bindings see the patched functions.
  syncBuiltinESMExports();
}

export function uninstallLoopbackOnlyGuard(): void {
  if (!saved) return;
  (net.Socket.prototype as { connect: AnyFn }).connect = saved.connect;
  (dns as { lookup: AnyFn }).lookup = saved.lookup;
  (dns.promises as { lookup: AnyFn }).lookup = saved.promisesLookup;
  (dgram.Socket.prototype as { send: AnyFn }).send = saved.dgramSend;
  (dgram.Socket.prototype as { connect: AnyFn }).connect = saved.dgramConnect;
  saved = null;
  syncBuiltinESMExports();
}

export function isLoopbackOnlyGuardInstalled(): boolean {
  return saved !== null;
}

installLoopbackOnlyGuard();
