/**
 * Hostile option values and messages: huge strings, @everyone/@here, role and user mentions, markdown
 * and code fences, RTL overrides, zalgo, NFD, control characters. Every reply must be accepted by
 * Discord (the fake validates like Discord and answers 400 otherwise), ping nobody, and never echo a raw
 * @everyone / @here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../fake-discord/index.js';
import {
  TOKEN,
  WAIT,
  badRequests,
  bodyOf,
  sentBodies,
  startHarness,
  textOf,
  type CallbackBody,
  type Harness,
} from './harness.js';

const ROLE = '<@&123456789012345678>';
const USER = '<@123456789012345678>';

const HOSTILE: Record<string, string> = {
  huge: 'Biển Đông '.repeat(600), // 6000 characters
  hugeNoSpaces: 'x'.repeat(6000),
  everyone: '@everyone who co-chaired the 9th dialogue?',
  here: '@here @everyone Biển Đông',
  role: `${ROLE} ${ROLE} an ninh biển`,
  user: `${USER} <@!123456789012345678> Hà Kim Ngọc`,
  markdown: '**bold** __under__ ~~strike~~ ||spoiler|| > quote [link](https://example.invalid) # heading',
  fences: '```js\nconsole.log("@everyone")\n``` ` `` ```',
  rtl: '\u202Eenoyreve@\u202C \u2066Biển\u2069 \u200F\u061C',
  zalgo: 'B̸̢̛̖̗͓̝͔̭̄̆̿̏͐i̵̛̗̞͍̅̈́̾͘ể̶̡̛̺̹̦̘̞͒̈́n̷̢̧̻̝̤̈́̑̏͝ '.repeat(40),
  nfd: 'Bie\u0302\u0309n \u0110o\u0302ng an ninh bie\u0302\u0309n'.normalize('NFD'),
  controls: 'Biển\u0000\u0007\u001b[31m Đông\r\n\t\u2028\u2029',
  emoji: '🇻🇳🇺🇸'.repeat(500),
  surrogates: '\ud800\udfff\ud83d',
  mixed: `@everyone ${ROLE} ${USER} \`\`\` \u202E ${'a\u0300\u0301\u0302'.repeat(100)} ${'đ'.repeat(3000)}`,
};

/** A raw mass mention: "@everyone" / "@here" not broken by a zero-width or other character. */
const RAW_MASS_MENTION = /@(everyone|here)/;

describe('hostile input', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  function checkReply(where: string, data: CallbackBody['data'] | Json | undefined, allowedUsers: string[] = []): void {
    const d = data as NonNullable<CallbackBody['data']>;
    expect(d, where).toBeDefined();
    expect(d.allowed_mentions, where).toBeDefined();
    expect(d.allowed_mentions?.parse, where).toEqual([]);
    expect(d.allowed_mentions?.users ?? [], where).toEqual(allowedUsers);
    expect(d.allowed_mentions?.roles ?? [], where).toEqual([]);
    expect(d.allowed_mentions?.replied_user ?? false, where).toBe(false);
    // content only ever addresses the chosen user
    expect(d.content ?? '', where).toBe(allowedUsers.length ? `<@${allowedUsers[0]}>` : '');
    expect(textOf(d), where).not.toMatch(RAW_MASS_MENTION);
  }

  it('string options of /search, /ask and /topic', async () => {
    const since = h.fake.rest.mark();
    const sent: { id: string; where: string }[] = [];
    for (const [kind, value] of Object.entries(HOSTILE)) {
      for (const [name, option] of [
        ['search', 'query'],
        ['ask', 'question'],
        ['topic', 'topic'],
      ] as const) {
        for (const locale of ['en-US', 'vi']) {
          const i = h.fake.sendChatInput({ name, options: [{ name: option, type: 3, value }], locale });
          sent.push({ id: i.id, where: `/${name} ${kind} ${locale}` });
        }
      }
    }
    for (const s of sent) {
      const cb = await h.fake.waitForInteractionResponse(s.id, WAIT);
      expect(cb.status, s.where).toBe(204);
      const body = bodyOf(cb);
      if (body.type === 5) continue; // deferred under load: checked via the edits below
      checkReply(s.where, body.data);
    }
    expect(badRequests(h.fake, since)).toEqual([]);
  });

  it('wrong option types and odd values for /dialogue, hide and mention', async () => {
    const since = h.fake.rest.mark();
    const cases: Json[][] = [
      [{ name: 'edition', type: 3, value: '9; DROP TABLE' }],
      [{ name: 'edition', type: 3, value: '@everyone' }],
      [{ name: 'edition', type: 4, value: -1 }],
      [{ name: 'edition', type: 4, value: 1e9 }],
      [{ name: 'edition', type: 10, value: 9.5 }],
      [{ name: 'edition', type: 3, value: HOSTILE.huge! }],
      [],
      [
        { name: 'edition', type: 4, value: 9 },
        { name: 'hide', type: 3, value: 'true' },
      ],
      [
        { name: 'edition', type: 4, value: 9 },
        { name: 'mention', type: 3, value: '@everyone' },
      ],
      [
        { name: 'edition', type: 4, value: 9 },
        { name: 'mention', type: 3, value: ROLE },
      ],
      [
        { name: 'edition', type: 4, value: 9 },
        { name: 'mention', type: 6, value: '123' },
      ],
      [{ name: 'unexpected', type: 3, value: HOSTILE.mixed! }],
    ];
    for (const options of cases) {
      const i = h.fake.sendChatInput({ name: 'dialogue', options, locale: 'en-US' });
      const cb = await h.fake.waitForInteractionResponse(i.id, WAIT);
      const where = `/dialogue ${JSON.stringify(options).slice(0, 80)}`;
      expect(cb.status, where).toBe(204);
      checkReply(where, bodyOf(cb).data);
      expect((bodyOf(cb).data?.flags ?? 0) & 64, where).toBe(0); // hide:"true" (a string) is not a boolean
    }
    expect(badRequests(h.fake, since)).toEqual([]);
  });

  it('hostile text in mention questions and DMs', async () => {
    const since = h.fake.rest.mark();
    const ids: string[] = [];
    for (const value of Object.values(HOSTILE)) {
      const content = `<@${h.fake.bot.id}> ${value}`.slice(0, 4000);
      ids.push(h.fake.sendMessage({ content }).id as string);
      ids.push(h.fake.sendMessage({ content: value.slice(0, 4000) || '?', dm: true }).id as string);
    }
    for (const id of ids) {
      const r = await h.fake.rest.waitForAnswered(
        (x) =>
          x.method === 'POST' && ((x.body as Json | null)?.message_reference as Json | undefined)?.message_id === id,
        { timeoutMs: WAIT, description: `reply to ${id}` },
      );
      expect(r.status).toBe(200);
      checkReply(`message ${id}`, r.body as Json);
    }
    expect(badRequests(h.fake, since)).toEqual([]);
  });

  it('every message the bot sent was valid, pinged nobody unasked and never echoed @everyone', () => {
    const sent = sentBodies(h.fake);
    expect(sent.length).toBeGreaterThan(100);
    for (const { req, data } of sent) {
      const d = data as NonNullable<CallbackBody['data']>;
      expect(d.allowed_mentions?.parse, `${req.method} ${req.path}`).toEqual([]);
      expect(textOf(d)).not.toMatch(RAW_MASS_MENTION);
    }
    expect(badRequests(h.fake)).toEqual([]);
    expect(h.fake.rest.filter((r) => (r.status ?? 0) >= 400)).toEqual([]);
    expect(h.logs.filter((l) => /"level":"(error|warn)"/.test(l))).toEqual([]);
  });

  it('the token appears in no log line', () => {
    expect(h.everything()).not.toContain(TOKEN);
  });
});
