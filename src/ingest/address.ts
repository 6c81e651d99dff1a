/**
 * Which network addresses a fetch may connect to. Fetching a link on someone's request is a door into
 * the host's own network, so every address a host name resolves to (and every redirect's) is checked,
 * and refused when it is not a public unicast address: private, loopback, link-local (and so the cloud
 * metadata services at 169.254.169.254 and fd00:ec2::254), unique-local, shared CGNAT space, multicast,
 * reserved and documentation ranges, for IPv4 and IPv6, with IPv4 inside IPv6 (mapped, compatible,
 * NAT64, 6to4) judged as the IPv4 address it carries. Node's own net.BlockList does the range matching.
 */
import { BlockList, isIPv4, isIPv6 } from 'node:net';

const V4: [string, number, string][] = [
  ['0.0.0.0', 8, 'a "this network" address'],
  ['10.0.0.0', 8, 'a private address'],
  ['100.64.0.0', 10, 'a shared (carrier-grade NAT) address'],
  ['127.0.0.0', 8, 'a loopback address'],
  ['169.254.0.0', 16, 'a link-local address (cloud metadata services live there)'],
  ['172.16.0.0', 12, 'a private address'],
  ['192.0.0.0', 24, 'a reserved address'],
  ['192.0.2.0', 24, 'a documentation address'],
  ['192.88.99.0', 24, 'a reserved address'],
  ['192.168.0.0', 16, 'a private address'],
  ['198.18.0.0', 15, 'a benchmarking address'],
  ['198.51.100.0', 24, 'a documentation address'],
  ['203.0.113.0', 24, 'a documentation address'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved address'],
];
const V6: [string, number, string][] = [
  ['::', 128, 'the unspecified address'],
  ['::1', 128, 'a loopback address'],
  ['100::', 64, 'a discard address'],
  ['2001::', 23, 'a reserved (IETF protocol) address'],
  ['2001:db8::', 32, 'a documentation address'],
  ['fc00::', 7, 'a unique-local (private) address'],
  ['fe80::', 10, 'a link-local address'],
  ['fec0::', 10, 'a site-local address'],
  ['ff00::', 8, 'a multicast address'],
];

const lists = new Map<string, BlockList>();
function listFor(why: string): BlockList {
  let l = lists.get(why);
  if (!l) lists.set(why, (l = new BlockList()));
  return l;
}
for (const [net, prefix, why] of V4) listFor(why).addSubnet(net, prefix, 'ipv4');
for (const [net, prefix, why] of V6) listFor(why).addSubnet(net, prefix, 'ipv6');

/** The 32-bit IPv4 address inside an IPv6 one, as dotted quad, when the IPv6 form only carries it. */
function embeddedIPv4(v6: string): string | undefined {
  const words = expandIPv6(v6);
  if (!words) return undefined;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zero = (from: number, to: number) => words.slice(from, to).every((w) => w === 0);
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible, deprecated), ::ffff:0:a.b.c.d (translated)
  if (zero(0, 5) && words[5] === 0xffff) return v4(words[6] as number, words[7] as number);
  if (zero(0, 6) && (words[6] !== 0 || (words[7] as number) > 1)) return v4(words[6] as number, words[7] as number);
  if (zero(0, 4) && words[4] === 0xffff && words[5] === 0) return v4(words[6] as number, words[7] as number);
  // 64:ff9b::/96 (NAT64) and 64:ff9b:1::/48 (local NAT64)
  if (words[0] === 0x64 && words[1] === 0xff9b && (zero(2, 6) || words[2] === 1))
    return v4(words[6] as number, words[7] as number);
  // 2002:AABB:CCDD::/16 (6to4)
  if (words[0] === 0x2002) return v4(words[1] as number, words[2] as number);
  return undefined;
}

/** "2001:db8::1" → eight 16-bit words; undefined when not an IPv6 address. */
function expandIPv6(address: string): number[] | undefined {
  let a = address.toLowerCase().replace(/%.*$/, '');
  if (!isIPv6(a)) return undefined;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (dotted) {
    const [p, q, r, s] = (dotted[1] as string).split('.').map(Number) as [number, number, number, number];
    a = a.slice(0, -(dotted[1] as string).length) + `${((p << 8) | q).toString(16)}:${((r << 8) | s).toString(16)}`;
  }
  const [head = '', tail] = a.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array(8 - h.length - t.length).fill('0');
  const words = [...h, ...fill, ...t].map((w) => parseInt(w, 16));
  return words.length === 8 && words.every((w) => Number.isInteger(w) && w >= 0 && w <= 0xffff) ? words : undefined;
}

/** Why an address must not be fetched from (a phrase such as "a private address"), or undefined when it is public. */
export function forbiddenAddress(address: string): string | undefined {
  const bare = address.replace(/^\[|\]$/g, '');
  if (isIPv4(bare)) {
    for (const [why, list] of lists) if (list.check(bare, 'ipv4')) return why;
    if (bare === '255.255.255.255') return 'the broadcast address';
    return undefined;
  }
  if (isIPv6(bare.replace(/%.*$/, ''))) {
    const inner = embeddedIPv4(bare);
    if (inner !== undefined) {
      const why = forbiddenAddress(inner);
      return why === undefined ? undefined : `${why} (as IPv6 ${bare})`;
    }
    const plain = bare.replace(/%.*$/, '');
    for (const [why, list] of lists) if (list.check(plain, 'ipv6')) return why;
    return undefined;
  }
  return 'not an IP address';
}

/** Host names (or literal addresses) the owner allows even when they resolve to a refused address. */
export function isAllowedHost(hostname: string, allowed: readonly string[]): boolean {
  const h = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  return allowed.some(
    (a) =>
      a
        .toLowerCase()
        .replace(/^\[|\]$/g, '')
        .replace(/\.$/, '') === h,
  );
}
