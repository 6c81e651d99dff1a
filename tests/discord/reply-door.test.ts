/**
 * One door for every reply: no file but src/discord/reply.ts sends a message or writes a mention rule,
 * and the cooldown notices are per bot (an object of its context), bounded.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/paths.js';
import { CooldownNotices } from '../../src/discord/cooldown.js';

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the reply door', () => {
  const files = [...tsFiles(join(PROJECT_ROOT, 'src', 'discord')), ...tsFiles(join(PROJECT_ROOT, 'commands'))].map(
    (f) => ({
      file: relative(PROJECT_ROOT, f),
      text: readFileSync(f, 'utf8'),
    }),
  );

  it('only reply.ts calls reply, editReply, followUp, update or deferReply, or writes a mention rule of its own', () => {
    expect(files.length).toBeGreaterThan(10);
    const door =
      /\.(?:reply|editReply|followUp|update|deferReply)\(|allowedMentions\s*:(?!\s*NO_MENTIONS\b)|parse:\s*\[\]/;
    const offenders = files
      .filter((f) => !f.file.endsWith(join('discord', 'reply.ts')) && door.test(f.text))
      .map((f) => f.file);
    expect(offenders).toEqual([]);
  });
});

describe('CooldownNotices', () => {
  it('tells a user once per window, and forgets the oldest past its bound', () => {
    let now = 0;
    const notices = new CooldownNotices(() => now, 2);
    expect(notices.shouldTell('a', 1000)).toBe(true);
    expect(notices.shouldTell('a', 1000)).toBe(false);
    now = 1000;
    expect(notices.shouldTell('a', 1000)).toBe(true);
    expect(notices.shouldTell('b', 1000)).toBe(true);
    expect(notices.shouldTell('c', 1000)).toBe(true); // 'a' is dropped: at most two remembered
    expect(notices.shouldTell('a', 1000)).toBe(true);
    expect(notices.shouldTell('c', 1000)).toBe(false);
  });
});
