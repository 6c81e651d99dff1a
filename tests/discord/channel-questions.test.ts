/**
 * Plain questions in messages: a mention in a channel, a DM, a message in an ASK_CHANNEL_IDS channel;
 * messages the bot must ignore; replies that never ping anyone, not even the asker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayIntentBits } from 'discord.js';
import type { Json, RecordedRequest } from '../fake-discord/index.js';
import { TOKEN, WAIT, badRequests, startHarness, textOf, type Harness } from './harness.js';

describe('questions in channels and DMs', () => {
  let h: Harness;
  let general: string;
  let askChannel: string;

  beforeAll(async () => {
    h = await startHarness({
      fake: { guilds: [{ channels: [{ name: 'general' }, { name: 'hoi-dap' }] }] },
      env: (fake) => ({
        ASK_CHANNEL_IDS: `${fake.guild.channelIds[1]}`,
        COOLDOWN_REQUESTS: '3',
        COOLDOWN_SECONDS: '30',
      }),
    });
    general = h.fake.guild.channelIds[0]!;
    askChannel = h.fake.guild.channelIds[1]!;
  });
  afterAll(async () => {
    await h?.close();
  });

  /** The bot's reply to a message (POST /channels/:id/messages referencing it). */
  function replyTo(messageId: string, timeoutMs = WAIT): Promise<RecordedRequest> {
    return h.fake.rest.waitForAnswered(
      (r) =>
        r.method === 'POST' &&
        /^\/channels\/\d+\/messages$/.test(r.path) &&
        ((r.body as Json | null)?.message_reference as Json | undefined)?.message_id === messageId,
      { timeoutMs, description: `reply to message ${messageId}` },
    );
  }
  const repliesTo = (messageId: string) =>
    h.fake.rest.filter(
      (r) =>
        r.method === 'POST' &&
        ((r.body as Json | null)?.message_reference as Json | undefined)?.message_id === messageId,
    );

  function expectNoPings(r: RecordedRequest): void {
    const am = (r.body as Json).allowed_mentions as Json;
    expect(am).toBeDefined();
    expect(am.parse).toEqual([]);
    expect(am.replied_user).toBe(false);
    expect((am.users as string[] | undefined) ?? []).toEqual([]);
    expect((am.roles as string[] | undefined) ?? []).toEqual([]);
  }

  it('asks for the Message Content intent only because ASK_CHANNEL_IDS is set', () => {
    const identify = h.fake.gateway.log.find((e) => e.dir === 'in' && e.payload.op === 2);
    const intents = Number((identify?.payload.d as Json).intents);
    expect(intents & GatewayIntentBits.MessageContent).toBe(GatewayIntentBits.MessageContent);
  });

  it('answers a question that mentions the bot in a channel, as a reply that pings nobody', async () => {
    const msg = h.fake.sendMessage({
      content: `<@${h.fake.bot.id}> ai đồng chủ trì đối thoại lần thứ 9?`,
      channelId: general,
    });
    const r = await replyTo(msg.id as string);
    expect(r.status).toBe(200);
    expect(r.path).toBe(`/channels/${general}/messages`);
    const body = r.body as Json;
    const t = textOf(body);
    expect(t).toContain('Hà Kim Ngọc');
    expect(t).toContain('Tina Kaidanow');
    expect(t).toContain('Đồng chủ trì'); // asked in Vietnamese, answered in Vietnamese
    expectNoPings(r);
  });

  it('answers the <@!id> nickname mention form too, in English for an English question', async () => {
    const msg = h.fake.sendMessage({
      content: `<@!${h.fake.bot.id}> who co-chaired the 7th dialogue?`,
      channelId: general,
      mentionsBot: true,
    });
    const r = await replyTo(msg.id as string);
    expect(textOf(r.body as Json)).toContain('Puneet Talwar');
    expect(textOf(r.body as Json)).toContain('Co-chairs');
    expectNoPings(r);
  });

  it('answers a DM without any mention', async () => {
    const dmUser = h.fake.state.addUser({ username: 'dm-asker' }).id;
    const msg = h.fake.sendMessage({ content: 'doi thoai lan 9 o dau', dm: true, authorId: dmUser });
    const r = await replyTo(msg.id as string);
    expect(r.path).toBe(`/channels/${msg.channel_id}/messages`);
    expect(h.fake.state.channels.get(msg.channel_id as string)?.type).toBe(1);
    expect(textOf(r.body as Json)).toContain('Hà Nội');
    expectNoPings(r);
  });

  it('answers every message in an ASK_CHANNEL_IDS channel', async () => {
    const asker = h.fake.state.addUser({ username: 'asker' }).id;
    const msg = h.fake.sendMessage({ content: '/topic an-ninh-biển', channelId: askChannel, authorId: asker });
    const r = await replyTo(msg.id as string);
    const t = textOf(r.body as Json);
    expect(t).toContain('Lần thứ 7');
    expect(t).toContain('Lần thứ 9');
    expectNoPings(r);
  });

  it('ignores other bots, un-addressed messages, @everyone/@here/role-only mentions, and empty mentions of others', async () => {
    const otherBot = h.fake.state.addUser({ username: 'other-bot', bot: true }).id;
    const someone = h.fake.state.addUser({ username: 'someone' }).id;
    const ignored = [
      // another bot, even mentioning us
      h.fake.sendMessage({
        content: `<@${h.fake.bot.id}> who co-chaired the 9th dialogue?`,
        authorId: otherBot,
        channelId: general,
      }),
      // another bot in the ask channel and in a DM
      h.fake.sendMessage({ content: 'who co-chaired the 9th dialogue?', authorId: otherBot, channelId: askChannel }),
      h.fake.sendMessage({ content: 'who co-chaired the 9th dialogue?', authorId: otherBot, dm: true }),
      // nobody addressed the bot
      h.fake.sendMessage({ content: 'who co-chaired the 9th dialogue?', channelId: general }),
      // addressed to someone else
      h.fake.sendMessage({
        content: `<@${someone}> who co-chaired the 9th dialogue?`,
        channelId: general,
        mentions: [someone],
      }),
      // @everyone / @here only
      h.fake.sendMessage({
        content: '@everyone who co-chaired the 9th dialogue?',
        channelId: general,
        extra: { mention_everyone: true },
      }),
      h.fake.sendMessage({
        content: '@here who co-chaired the 9th dialogue?',
        channelId: general,
        extra: { mention_everyone: true },
      }),
      // a role mention only (e.g. the bot's managed role)
      h.fake.sendMessage({
        content: `<@&${h.fake.guild.id}1> who co-chaired the 9th dialogue?`,
        channelId: general,
        extra: { mention_roles: [`${h.fake.guild.id}1`] },
      }),
      // a webhook message
      h.fake.sendMessage({
        content: `<@${h.fake.bot.id}> who co-chaired the 9th dialogue?`,
        channelId: general,
        extra: { webhook_id: someone },
      }),
    ];
    // A control message sent after them: once it is answered, the ones before have been handled.
    const control = h.fake.sendMessage({
      content: `<@${h.fake.bot.id}> /editions`,
      channelId: general,
      authorId: someone,
    });
    await replyTo(control.id as string);
    for (const m of ignored) expect(repliesTo(m.id as string), String(m.content)).toEqual([]);
  });

  it('a mention next to @everyone is still a mention; the reply pings nobody', async () => {
    const author = h.fake.state.addUser({ username: 'moderator' }).id;
    const msg = h.fake.sendMessage({
      content: `@everyone <@${h.fake.bot.id}> who co-chaired the 9th dialogue?`,
      channelId: general,
      authorId: author,
      extra: { mention_everyone: true },
    });
    const r = await replyTo(msg.id as string);
    expect(textOf(r.body as Json)).toContain('Tina Kaidanow');
    expectNoPings(r);
    expect((r.body as Json).content ?? '').not.toContain('@everyone');
  });

  it('a user over the cooldown gets one polite note per window, then silence', async () => {
    const fast = h.fake.state.addUser({ username: 'fast' }).id;
    const sent = Array.from({ length: 6 }, (_, k) =>
      h.fake.sendMessage({
        content: `who co-chaired the ${k % 2 ? 7 : 9}th dialogue?`,
        channelId: askChannel,
        authorId: fast,
      }),
    );
    const control = h.fake.sendMessage({ content: '/editions', channelId: askChannel });
    await replyTo(control.id as string);
    await Promise.all(sent.slice(0, 4).map((m) => replyTo(m.id as string)));
    const counts = sent.map((m) => repliesTo(m.id as string).length);
    expect(counts).toEqual([1, 1, 1, 1, 0, 0]); // COOLDOWN_REQUESTS=3 answers, one note, then silence
    const note = repliesTo(sent[3]!.id as string)[0]!;
    expect(String((note.body as Json).content)).toMatch(/You are asking a little fast — please try again in \d+ s\./);
    expectNoPings(note);
  });

  it('every reply was within Discord limits and no message pinged anyone', () => {
    expect(badRequests(h.fake)).toEqual([]);
    const posts = h.fake.rest.filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path));
    expect(posts.length).toBeGreaterThanOrEqual(9);
    for (const p of posts) expectNoPings(p);
  });

  it('the token appears in no log line', () => {
    expect(h.everything()).not.toContain(TOKEN);
  });
});
