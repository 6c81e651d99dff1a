/**
 * Every slash command of the real bot against the fake Discord: reply bodies, localisation, `hide`,
 * `mention`, allowed_mentions on every reply, and paging with buttons.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../fixtures/synthetic-corpus.js';
import { LIMITS } from '../../src/render/discord-payload.js';
import { InteractionResponseType, type Json } from '../fake-discord/index.js';
import {
  EPHEMERAL,
  TOKEN,
  WAIT,
  badRequests,
  bodyOf,
  command,
  sentBodies,
  startHarness,
  textOf,
  type CallbackBody,
  type Harness,
} from './harness.js';

const NO_PINGS = { parse: [], users: [], replied_user: false };

describe('slash commands', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('/dialogue 9 — an embed naming the co-chairs and the place', async () => {
    const { body } = await command(h.fake, 'dialogue', { edition: 9 }, { locale: 'vi' });
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(body.data?.embeds).toHaveLength(1);
    const text = textOf(body.data);
    for (const s of ['Hà Kim Ngọc', 'Tina Kaidanow', 'Hà Nội', 'lần thứ 9']) expect(text).toContain(s);
    expect(body.data?.allowed_mentions).toEqual(NO_PINGS);
    expect((body.data?.flags ?? 0) & EPHEMERAL).toBe(0);
    // One page: no paging buttons; the rest is behind the `detail` option, which the reply names.
    expect(body.data?.components ?? []).toEqual([]);
    expect(text).toContain('/dialogue 9 detail');
  });

  it('/dialogue 9 detail:true — every section and quote, paged, agreements apart from proposals', async () => {
    const { body } = await command(h.fake, 'dialogue', { edition: 9, detail: true }, { locale: 'vi' });
    const text = textOf(body.data);
    expect(body.data?.components?.[0]?.components).toHaveLength(2);
    for (const s of ['Cơ quan tham gia', 'Hai bên nhất trí / cam kết', 'Đề nghị của từng bên'])
      expect(text).toContain(s);
  });

  it('/dialogue 42 — says the corpus has nothing on it (both languages)', async () => {
    const vi = await command(h.fake, 'dialogue', { edition: 42 }, { locale: 'vi' });
    expect(textOf(vi.body.data)).toContain('Kho dữ liệu không có bài nào về đối thoại lần thứ 42');
    const en = await command(h.fake, 'dialogue', { edition: 42 }, { locale: 'en-US' });
    expect(textOf(en.body.data)).toMatch(/The corpus has no article about dialogue \\?#42/);
    // and it points at what the corpus does have
    expect(textOf(en.body.data)).toContain('Edition 9');
    expect(textOf(en.body.data)).not.toContain('Tina Kaidanow');
  });

  it('/topic an-ninh-biển — lists editions 7 and 9', async () => {
    const vi = await command(h.fake, 'topic', { topic: 'an-ninh-biển' }, { locale: 'vi' });
    const t = textOf(vi.body.data);
    expect(t).toContain('An ninh biển');
    expect(t).toContain('Lần thứ 7');
    expect(t).toContain('Lần thứ 9');
    const en = await command(h.fake, 'topic', { topic: 'maritime security' }, { locale: 'en-US' });
    const te = textOf(en.body.data);
    expect(te).toContain('Edition 7');
    expect(te).toContain('Edition 9');
  });

  it('/search — finds Biển Đông with and without diacritics', async () => {
    for (const query of ['Biển Đông', 'bien dong', 'BIỂN ĐÔNG']) {
      const { body } = await command(h.fake, 'search', { query }, { locale: 'vi' });
      const t = textOf(body.data);
      expect(t, query).toContain('Kết quả tìm kiếm');
      expect(t, query).toMatch(/\*\*Biển\*\* \*\*Đông\*\*/);
    }
    const none = await command(h.fake, 'search', { query: 'xyzzyplugh' }, { locale: 'en-US' });
    expect(textOf(none.body.data)).toContain('No paragraph in the corpus');
  });

  it('/ask — Vietnamese and English questions', async () => {
    const vi = await command(h.fake, 'ask', { question: 'ai đồng chủ trì đối thoại lần thứ 9?' }, { locale: 'vi' });
    const tv = textOf(vi.body.data);
    expect(tv).toContain('Đồng chủ trì');
    expect(tv).toContain('Hà Kim Ngọc');
    expect(tv).toContain('Tina Kaidanow');
    const en = await command(h.fake, 'ask', { question: 'who co-chaired the 7th dialogue?' }, { locale: 'en-US' });
    const te = textOf(en.body.data);
    expect(te).toContain('Co-chairs');
    expect(te).toContain('Puneet Talwar');
    const noDiacritics = await command(h.fake, 'ask', { question: 'doi thoai lan 9 o dau' }, { locale: 'vi' });
    expect(textOf(noDiacritics.body.data)).toContain('Hà Nội');
  });

  it('/editions and /about', async () => {
    const ed = await command(h.fake, 'editions', {}, { locale: 'en-US' });
    const te = textOf(ed.body.data);
    expect(te).toContain('Dialogue editions in the corpus');
    for (const n of [7, 8, 9, 10]) expect(te).toContain(`Edition ${n}`);
    expect(te).toMatch(/Edition 7\*\* — 2015.*Hà Nội/);

    const ab = await command(h.fake, 'about', {}, { locale: 'en-US' });
    const ta = textOf(ab.body.data);
    expect(ta).toContain('About this bot');
    expect(ta).toContain('How to cite');
    expect(ta).toMatch(/The corpus holds 2 articles/);
  });

  it('follows the user’s Discord language: en-US gives English labels, vi Vietnamese', async () => {
    const en = textOf((await command(h.fake, 'dialogue', { edition: 9, detail: true }, { locale: 'en-US' })).body.data);
    for (const s of ['Co-chairs', 'Place', 'Date', 'Political, Security and Defense Dialogue #9', 'Next ▶'])
      expect(en).toContain(s);
    expect(en).not.toContain('Đồng chủ trì');
    const vi = textOf((await command(h.fake, 'dialogue', { edition: 9, detail: true }, { locale: 'vi' })).body.data);
    for (const s of ['Đồng chủ trì', 'Địa điểm', 'Thời gian', 'lần thứ 9', 'Sau ▶']) expect(vi).toContain(s);
    expect(vi).not.toContain('Co-chairs');
    // A locale the bot does not speak falls back to one it does, never to an empty reply.
    const fr = await command(h.fake, 'editions', {}, { locale: 'fr' });
    expect(textOf(fr.body.data)).toMatch(/Edition 9|Lần thứ 9/);
  });

  it('hide: true — the reply is ephemeral (flag 64)', async () => {
    const { body } = await command(h.fake, 'dialogue', { edition: 9, hide: true }, { locale: 'en-US' });
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(body.data?.flags).toBe(EPHEMERAL);
    expect(textOf(body.data)).toContain('Tina Kaidanow');
    expect(body.data?.allowed_mentions).toEqual(NO_PINGS);
    const ask = await command(h.fake, 'ask', { question: 'who co-chaired the 9th dialogue?', hide: true });
    expect(ask.body.data?.flags).toBe(EPHEMERAL);
  });

  it('mention: <user> — addressed in content, and only that user may be pinged', async () => {
    const target = h.fake.state.addUser({ username: 'addressee' }).id;
    const { body } = await command(h.fake, 'editions', {}, { locale: 'en-US', mention: target });
    expect(body.data?.content).toBe(`<@${target}>`);
    expect(body.data?.allowed_mentions).toEqual({ parse: [], users: [target], replied_user: false });

    // With hide the reply is private: nobody is addressed or pinged.
    const hidden = await command(h.fake, 'editions', { hide: true }, { locale: 'en-US', mention: target });
    expect(hidden.body.data?.flags).toBe(EPHEMERAL);
    expect(hidden.body.data?.content ?? '').not.toContain(target);
    expect(hidden.body.data?.allowed_mentions?.users ?? []).toEqual([]);
  });

  it('paging: the Next button edits the message in place (callback type 7) with the next page', async () => {
    const { i, body } = await command(
      h.fake,
      'dialogue',
      { edition: 9, detail: true },
      { locale: 'en-US', mention: h.fake.owner.id },
    );
    const row = body.data?.components?.[0];
    expect(row?.components).toHaveLength(2);
    const [prev, next] = row!.components;
    expect(prev?.disabled).toBe(true);
    expect(next?.disabled).toBe(false);
    expect(body.data?.embeds?.[0]?.title).toMatch(/\(1\/2\)$/);
    const firstPage = textOf(body.data);
    const messageId = h.fake.state.interactions.get(i.id)!.originalMessageId!;

    const press = h.fake.sendButton({ customId: next!.custom_id!, messageId, locale: 'en-US' });
    const cb = await h.fake.waitForInteractionResponse(press.id, WAIT);
    const page2 = bodyOf(cb);
    expect(cb.status).toBe(204);
    expect(page2.type).toBe(InteractionResponseType.UpdateMessage);
    expect(page2.data?.embeds?.[0]?.title).toMatch(/\(2\/2\)$/);
    expect(textOf(page2.data)).not.toBe(firstPage);
    expect(textOf(page2.data)).toContain('Page 2/2');
    // Turning a page never pings again, not even the addressee.
    expect(page2.data?.allowed_mentions).toMatchObject({ parse: [] });
    expect(page2.data?.allowed_mentions?.users ?? []).toEqual([]);
    const [prev2, next2] = page2.data!.components![0]!.components;
    expect(prev2?.disabled).toBe(false);
    expect(next2?.disabled).toBe(true);
    // The stored message now shows page 2; going back gives page 1 again.
    const stored = h.fake.state.messages.get(messageId) as Json;
    expect(JSON.stringify(stored.embeds)).toContain('(2/2)');
    const back = h.fake.sendButton({ customId: prev2!.custom_id!, messageId, locale: 'en-US' });
    const backBody = bodyOf(await h.fake.waitForInteractionResponse(back.id, WAIT));
    expect(backBody.type).toBe(InteractionResponseType.UpdateMessage);
    expect(backBody.data?.embeds?.[0]?.title).toMatch(/\(1\/2\)$/);
  });

  it('expired or unknown buttons get a polite ephemeral reply', async () => {
    for (const [customId, locale, text] of [
      ['pg:AAAAAAAA:1', 'en-US', 'This result has expired; please ask again.'],
      ['pg:AAAAAAAA:1', 'vi', 'Kết quả này đã hết hạn; hãy hỏi lại.'],
      ['pg:not a key!:x', 'en-US', 'This result has expired; please ask again.'],
      ['something-else:42', 'en-US', 'This result has expired; please ask again.'],
      ['', 'en-US', 'This result has expired; please ask again.'],
    ] as const) {
      const press = h.fake.sendButton({ customId, locale });
      const cb = await h.fake.waitForInteractionResponse(press.id, WAIT);
      const b = bodyOf(cb);
      expect(b.type, customId).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect(b.data?.flags, customId).toBe(EPHEMERAL);
      expect(b.data?.content, customId).toBe(text);
      expect(b.data?.allowed_mentions, customId).toMatchObject({ parse: [] });
    }
  });

  it('an unknown command gets the ephemeral apology, not silence', async () => {
    const { body } = await command(h.fake, 'no-such-command', {}, { locale: 'en-US' });
    expect(body.data?.flags).toBe(EPHEMERAL);
    expect(body.data?.content).toContain('Sorry');
  });

  it('/reload is owner-only', async () => {
    const { body } = await command(h.fake, 'reload', {}, { locale: 'en-US' });
    expect(body.data?.flags).toBe(EPHEMERAL);
    expect(body.data?.content).toBe('Only the bot owner may reload the corpus.');
  });

  it('every reply sets allowed_mentions with parse [] and stays within Discord limits', () => {
    const sent = sentBodies(h.fake);
    expect(sent.length).toBeGreaterThan(20);
    for (const { req, data } of sent) {
      const am = (data as CallbackBody['data'])?.allowed_mentions;
      expect(am, `${req.method} ${req.path}`).toBeDefined();
      expect(am?.parse, `${req.method} ${req.path}`).toEqual([]);
      for (const e of (data as CallbackBody['data'])?.embeds ?? []) {
        expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
        expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
      }
    }
    expect(badRequests(h.fake)).toEqual([]);
    expect(h.fake.rest.filter((r) => (r.status ?? 0) >= 400)).toEqual([]);
  });

  it('the token appears in no log line and no REST body', () => {
    expect(h.logs.length).toBeGreaterThan(5);
    expect(h.everything()).not.toContain(TOKEN);
  });
});

describe('a large corpus (300 generated articles): long answers page, every page within limits', () => {
  let h: Harness;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'discord-large-corpus-'));
    await writeSyntheticCorpus(dir, 300);
    h = await startHarness({ env: { DATA_DIR: dir } });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('/about pages through every page with the Next button, then back', async () => {
    const { i, body } = await command(h.fake, 'about', {}, { locale: 'en-US' });
    const title = body.data?.embeds?.[0]?.title ?? '';
    const pages = Number(/\(1\/(\d+)\)$/.exec(title)?.[1]);
    expect(pages).toBeGreaterThan(2);
    const messageId = h.fake.state.interactions.get(i.id)!.originalMessageId!;
    let current = body;
    const seen = new Set([textOf(body.data)]);
    for (let p = 2; p <= pages; p++) {
      const next = current.data!.components![0]!.components[1]!;
      expect(next.disabled).toBe(false);
      const press = h.fake.sendButton({ customId: next.custom_id!, messageId, locale: 'en-US' });
      const cb = await h.fake.waitForInteractionResponse(press.id, WAIT);
      expect(cb.status).toBe(204);
      current = bodyOf(cb);
      expect(current.type).toBe(InteractionResponseType.UpdateMessage);
      expect(current.data?.embeds?.[0]?.title).toMatch(new RegExp(`\\(${p}/${pages}\\)$`));
      seen.add(textOf(current.data));
    }
    expect(seen.size).toBe(pages); // every page shows something new
    expect(current.data!.components![0]!.components[1]!.disabled).toBe(true);
    const prev = current.data!.components![0]!.components[0]!;
    const back = h.fake.sendButton({ customId: prev.custom_id!, messageId, locale: 'en-US' });
    expect(bodyOf(await h.fake.waitForInteractionResponse(back.id, WAIT)).data?.embeds?.[0]?.title).toMatch(
      new RegExp(`\\(${pages - 1}/${pages}\\)$`),
    );
  });

  it('/dialogue autocomplete offers at most 25 editions out of many', async () => {
    const i = h.fake.sendAutocomplete({
      name: 'dialogue',
      options: [{ name: 'edition', type: 4, value: '', focused: true }],
    });
    const cb = await h.fake.waitForInteractionResponse(i.id, WAIT);
    expect(cb.status).toBe(204);
    const choices = (bodyOf(cb).data?.choices ?? []) as { name: string; value: number }[];
    expect(choices).toHaveLength(25);
    expect(h.bot.ctx.corpus().editions.size).toBeGreaterThan(25);
  });

  it('every message was accepted by the (validating) fake', () => {
    expect(badRequests(h.fake)).toEqual([]);
    expect(h.everything()).not.toContain(TOKEN);
  });
});
