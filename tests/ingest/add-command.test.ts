/**
 * /add through the fake Discord: the real bot (startBot) with a temporary corpus folder, fetching from the
 * loopback news server. Owner-only; deferred at once (a fetch can be slow); the reply says what was
 * understood and the new article answers at once; a bad link is one sentence and changes nothing.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerInput } from '../../src/answer/engine.js';
import { command, EPHEMERAL, SEED_DATA_DIR, startHarness, textOf, WAIT, type Harness } from '../discord/harness.js';
import { InteractionResponseType, type Json } from '../fake-discord/index.js';
import { startNewsServer, type NewsServer } from './news-server.js';

const SEED7 = '003_8de8bd2695171769.txt';
let h: Harness;
let server: NewsServer;
let dir: string;

beforeAll(async () => {
  server = await startNewsServer();
  dir = mkdtempSync(join(tmpdir(), 'add-command-'));
  copyFileSync(join(SEED_DATA_DIR, SEED7), join(dir, SEED7));
  h = await startHarness({
    env: (fake) => ({
      DATA_DIR: dir,
      OWNER_IDS: fake.owner.id,
      FETCH_ALLOW_HOSTS: '127.0.0.1',
      FETCH_TIMEOUT_MS: '2000',
    }),
  });
});
afterAll(async () => {
  await h?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Send /add and return the deferral and the edited reply. */
async function add(url: string, locale = 'en-US'): Promise<{ deferral: Json; reply: Json }> {
  const { i, body } = await command(h.fake, 'add', { url }, { userId: h.fake.owner.id, locale });
  const edit = await h.fake.rest.waitForAnswered(
    (r) => r.method === 'PATCH' && r.path === `/webhooks/${h.fake.applicationId}/${i.token}/messages/@original`,
    WAIT,
  );
  expect(edit.status).toBe(200);
  return { deferral: body as unknown as Json, reply: edit.body as Json };
}

describe('/add', () => {
  it('is refused to anyone but the owner, who alone sees the refusal', async () => {
    const { body } = await command(h.fake, 'add', { url: `${server.base}/en/ninth-dialogue` }, { locale: 'en-US' });
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(body.data?.content).toBe('Only the bot owner may add articles.');
    expect(body.data?.flags).toBe(EPHEMERAL);
    expect(readdirSync(dir)).toEqual([SEED7]);
  });

  it('defers at once, stores the page, reloads, and replies with what it understood; the edition answers', async () => {
    expect(answerInput(h.bot.ctx.corpus(), '/dialogue 9').answer.kind).toBe('edition-unknown');
    const { deferral, reply } = await add(`${server.base}/vi/the-gioi/doi-thoai-lan-thu-9.html`);
    expect(deferral).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: EPHEMERAL },
    });
    const text = textOf(reply);
    expect(text).toMatch(/^Added: thoisumau-example-doi-thoai-.*\.html\n/);
    expect(text).toContain('Outlet: Báo Thời Sự Mẫu · published 2018-02-01');
    // The link without a preview card.
    expect(text).toContain(
      'Link: <https://thoisumau.example/the-gioi/doi-thoai-chinh-tri-an-ninh-quoc-phong-viet-nam-hoa-ky-lan-thu-9-3720531.html>',
    );
    expect(text).toContain(
      'Edition: 9 · meeting 2018-01-31 (“31/1”, year inferred from the publication date) · place: Hà Nội',
    );
    expect(text).toContain('Co-chairs: Hà Kim Ngọc — Thứ trưởng Bộ Ngoại giao (VN); Tina Kaidanow');
    expect(text).toContain('The corpus now has 2 articles.');
    expect(reply.allowed_mentions).toMatchObject({ parse: [] });
    expect(readdirSync(dir)).toHaveLength(3);
    const answer = answerInput(h.bot.ctx.corpus(), '/dialogue 9').answer;
    expect(answer).toMatchObject({ kind: 'edition', basis: 'article' });
  });

  it('the same link again updates the one file; replies follow the user’s language', async () => {
    const { reply } = await add(`${server.base}/redirect/1`, 'vi');
    expect(textOf(reply)).toMatch(/^Đã cập nhật: thoisumau-example-/);
    expect(textOf(reply)).toContain('Kho hiện có 2 bài.');
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it('a private address, a 404 or a slow server: one sentence, nothing changed', async () => {
    const before = readdirSync(dir).sort();
    const corpus = h.bot.ctx.corpus();
    for (const [url, sentence] of [
      [
        `${server.base}/redirect/metadata`,
        /^Not added \(.*\): Refused to fetch from 169\.254\.169\.254: it is a link-local address/,
      ],
      [`${server.base}/missing`, /^Not added \(.*\): The server answered 404 Not Found for /],
      [`${server.base}/slow`, /^Not added \(.*\): No complete answer from 127\.0\.0\.1 within 2 s\.$/],
      // A path is never read on Discord's behalf: only links.
      ['/etc/hostname', /^Not added \(\/etc\/hostname\): Give the article’s http or https link\.$/],
      ['javascript:alert(1)', /^Not added \(javascript:alert\(1\)\): Give the article’s http or https link\.$/],
    ] as const) {
      const { reply } = await add(url);
      expect(textOf(reply), url).toMatch(sentence);
    }
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(h.bot.ctx.corpus()).toBe(corpus);
    expect(h.everything()).not.toContain('a-fake-token-that-is-long-enough');
  });
});
