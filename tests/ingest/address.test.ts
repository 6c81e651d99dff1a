/** Which addresses a fetch may connect to: every internal range refused, IPv4 inside IPv6 judged as IPv4. */
import { describe, expect, it } from 'vitest';
import { forbiddenAddress, isAllowedHost } from '../../src/ingest/address.js';

describe('forbiddenAddress', () => {
  it('refuses private, loopback, link-local/metadata, CGNAT, multicast, reserved IPv4', () => {
    const cases: [string, RegExp][] = [
      ['127.0.0.1', /loopback/],
      ['127.255.1.2', /loopback/],
      ['10.1.2.3', /private/],
      ['172.16.0.1', /private/],
      ['172.31.255.255', /private/],
      ['192.168.1.1', /private/],
      ['169.254.169.254', /link-local.*metadata/],
      ['100.64.0.1', /carrier-grade NAT/],
      ['100.100.100.200', /carrier-grade NAT/],
      ['0.0.0.0', /this network/],
      ['224.0.0.251', /multicast/],
      ['239.255.255.250', /multicast/],
      ['240.0.0.1', /reserved/],
      ['255.255.255.255', /reserved|broadcast/],
      ['192.0.2.10', /documentation/],
      ['198.18.0.1', /benchmarking/],
    ];
    for (const [a, why] of cases) expect(forbiddenAddress(a), a).toMatch(why);
  });

  it('refuses loopback, unique-local (metadata fd00:ec2::254), link-local, multicast and unspecified IPv6', () => {
    const cases: [string, RegExp][] = [
      ['::1', /loopback/],
      ['::', /unspecified/],
      ['fd00:ec2::254', /unique-local/],
      ['fc00::1', /unique-local/],
      ['fe80::1', /link-local/],
      ['fe80::1%eth0', /link-local/],
      ['ff02::1', /multicast/],
      ['2001:db8::1', /documentation/],
    ];
    for (const [a, why] of cases) expect(forbiddenAddress(a), a).toMatch(why);
  });

  it('judges IPv4 carried in IPv6 (mapped, compatible, NAT64, 6to4) as that IPv4 address', () => {
    expect(forbiddenAddress('::ffff:127.0.0.1')).toBe('a loopback address (as IPv6 ::ffff:127.0.0.1)');
    expect(forbiddenAddress('::ffff:7f00:1')).toMatch(/^a loopback address/);
    expect(forbiddenAddress('::ffff:a9fe:a9fe')).toMatch(/^a link-local address/);
    expect(forbiddenAddress('::10.0.0.1')).toMatch(/^a private address/);
    expect(forbiddenAddress('64:ff9b::a9fe:a9fe')).toMatch(/^a link-local address/);
    expect(forbiddenAddress('2002:c0a8:101::1')).toMatch(/^a private address/);
    expect(forbiddenAddress('::ffff:8.8.8.8')).toBeUndefined();
    expect(forbiddenAddress('64:ff9b::808:808')).toBeUndefined();
  });

  it('lets public addresses through', () => {
    for (const a of [
      '8.8.8.8',
      '1.1.1.1',
      '203.113.131.1',
      '172.32.0.1',
      '100.128.0.1',
      '2001:4860:4860::8888',
      '2606:4700::1111',
      '2402:800::1',
    ])
      expect(forbiddenAddress(a), a).toBeUndefined();
  });

  it('anything that is not an IP address is refused', () => {
    expect(forbiddenAddress('example.org')).toBe('not an IP address');
    expect(forbiddenAddress('')).toBe('not an IP address');
  });
});

describe('isAllowedHost', () => {
  it('matches names and addresses exactly, ignoring case, brackets and a final dot', () => {
    expect(isAllowedHost('127.0.0.1', ['127.0.0.1'])).toBe(true);
    expect(isAllowedHost('Intranet.Example.org.', ['intranet.example.org'])).toBe(true);
    expect(isAllowedHost('[::1]', ['::1'])).toBe(true);
    expect(isAllowedHost('localhost', ['127.0.0.1'])).toBe(false);
    expect(isAllowedHost('evil.intranet.example.org', ['intranet.example.org'])).toBe(false);
    expect(isAllowedHost('127.0.0.1', [])).toBe(false);
  });
});
