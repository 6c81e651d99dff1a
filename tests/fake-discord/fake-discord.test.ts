/**
 * Smoke test: a real discord.js Client against the fake Discord.
 */
import '../setup/loopback-only.js';
import dns from 'node:dns';
import net from 'node:net';
import { Client, Events, GatewayIntentBits, Partials, REST, type Interaction, type Message } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  blockedAttempts,
  installLoopbackOnlyGuard,
  isLoopbackHost,
  uninstallLoopbackOnlyGuard,
} from '../setup/loopback-only.js';
import {
  GatewayOp,
  InteractionResponseType,
  onceEvent,
  startFakeDiscord,
  type FakeDiscord,
  type Json,
} from './index.js';

const WAIT = 5_000;

describe('fake discord with a real discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;
  const seen: { interactions: Interaction[]; messages: Message[] } = { interactions: [], messages: [] };
  const withResponseIds: string[] = [];
  const listenerErrors: unknown[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord();
    client = new Client({
      intents: [
        GatewayIntentBits.Guilds,
        GatewayIntentBits.GuildMessages,
        GatewayIntentBits.DirectMessages,
        GatewayIntentBits.MessageContent,
      ],
      partials: [Partials.Channel],
      rest: { api: fake.apiBase, timeout: 2_000, retries: 1 },
    });
    const respond = async (interaction: Interaction) => {
      seen.interactions.push(interaction);
      if (interaction.isChatInputCommand() && interaction.commandName === 'ping') {
        await interaction.reply({ content: 'pong' });
      } else if (interaction.isChatInputCommand() && interaction.commandName === 'slow') {
        await interaction.deferReply();
        await interaction.editReply({ content: 'edited answer' });
        await interaction.followUp({ content: 'follow-up' });
      } else if (interaction.isChatInputCommand() && interaction.commandName === 'fetch') {
        const res = await interaction.reply({ content: 'with response', withResponse: true });
        withResponseIds.push(res.resource?.message?.id ?? 'missing');
      } else if (interaction.isAutocomplete()) {
        const q = String(interaction.options.getFocused());
        await interaction.respond([{ name: `${q}!`, value: q }]);
      } else if (interaction.isButton()) {
        await interaction.deferUpdate();
      }
    };
    // An async listener's rejection would go unhandled: a failed reply is kept, and afterEach fails the test.
    client.on(Events.InteractionCreate, (interaction) => {
      respond(interaction).catch((e: unknown) => listenerErrors.push(e));
    });
    client.on(Events.MessageCreate, (m) => void seen.messages.push(m));
    const ready = onceEvent(client, Events.ClientReady, 10_000);
    await client.login('fake-token');
    await ready;
  }, 15_000);

  afterEach(() => expect(listenerErrors).toEqual([]));

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  it('logs in: GET /gateway/bot, IDENTIFY, READY with guild and channel cached', async () => {
    const gw = fake.rest.find((r) => r.method === 'GET' && r.path === '/gateway/bot');
    expect(gw?.headers.authorization).toBe('Bot fake-token');
    expect(fake.gateway.connections.entries[0]?.query).toMatchObject({ v: '10', encoding: 'json' });
    expect(client.user?.id).toBe(fake.bot.id);
    expect(client.application?.id).toBe(fake.applicationId);
    expect(client.guilds.cache.get(fake.guild.id)?.name).toBe('Fake Guild');
    expect(client.channels.cache.get(fake.channelId)?.isTextBased()).toBe(true);
    expect(fake.bot.id).toMatch(/^\d{18,19}$/);
  });

  it('answers a chat-input interaction via the callback route', async () => {
    const i = fake.sendChatInput({ name: 'ping' });
    const cb = await fake.waitForInteractionResponse(i.id, WAIT);
    expect(cb.headers.authorization).toBeUndefined();
    expect(cb.body).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: 'pong' },
    });
    expect(cb.status).toBe(204);
    expect(fake.state.interactions.get(i.id)?.originalMessageId).toBeTruthy();
    const received = seen.interactions.find((x) => x.id === i.id);
    expect(received?.user.id).toBe(fake.user.id);
    expect(received?.memberPermissions?.has('Administrator')).toBe(false);
  });

  it('supports defer → edit @original → follow-up, and ?with_response=true', async () => {
    const i = fake.sendChatInput({ name: 'slow', options: { question: 'why?', limit: 3 } });
    const followUp = await fake.rest.waitForAnswered(
      (r) => r.method === 'POST' && r.path === `/webhooks/${fake.applicationId}/${i.token}`,
      WAIT,
    );
    expect(followUp.body).toMatchObject({ content: 'follow-up' });
    const calls = fake.rest
      .filter((r) => r.path.includes(i.token))
      .map((r) => `${r.method} ${r.path.replace(i.token, 'T')} ${r.status}`);
    expect(calls).toEqual([
      `POST /interactions/${i.id}/T/callback 204`,
      `PATCH /webhooks/${fake.applicationId}/T/messages/@original 200`,
      `POST /webhooks/${fake.applicationId}/T 200`,
    ]);
    const original = fake.state.messages.get(fake.state.interactions.get(i.id)!.originalMessageId!);
    expect(original).toMatchObject({ content: 'edited answer', flags: 0 });

    const f = fake.sendChatInput({ name: 'fetch' });
    const cb = await fake.waitForInteractionResponse(f.id, WAIT);
    expect(cb.query.with_response).toBe('true');
    expect(cb.status).toBe(200);
    await expect.poll(() => withResponseIds.length, { timeout: WAIT }).toBe(1);
    expect(withResponseIds[0]).toBe(fake.state.interactions.get(f.id)?.originalMessageId);
  });

  it('answers autocomplete and button interactions', async () => {
    const ac = fake.sendAutocomplete({ name: 'ask', options: { question: 'vie' } });
    const acCb = await fake.waitForInteractionResponse(ac.id, WAIT);
    expect(acCb.body).toMatchObject({ type: 8, data: { choices: [{ name: 'vie!', value: 'vie' }] } });

    const btn = fake.sendButton({ customId: 'more:1' });
    const btnCb = await fake.waitForInteractionResponse(btn.id, WAIT);
    expect(btnCb.body).toMatchObject({ type: InteractionResponseType.DeferredMessageUpdate });
  });

  it('delivers guild and DM messages that mention the bot', async () => {
    const sent = fake.sendMessage({ content: 'hello there', mentionsBot: true });
    const [m] = await onceEvent<[Message]>(client, Events.MessageCreate, WAIT, (msg) => msg.id === sent.id);
    expect(m.content).toBe(`<@${fake.bot.id}> hello there`);
    expect(m.mentions.has(client.user!)).toBe(true);
    expect(m.guildId).toBe(fake.guild.id);

    const dm = fake.sendMessage({ content: 'private question', dm: true });
    const [d] = await onceEvent<[Message]>(client, Events.MessageCreate, WAIT, (msg) => msg.id === dm.id);
    expect(d.guildId).toBeNull();
    expect(d.channel.isDMBased()).toBe(true);
  });

  it('resumes after a dropped connection and still answers, replaying missed events', async () => {
    const resumed = onceEvent(client, Events.ShardResume, 10_000);
    const mark = fake.gateway.log.mark();
    fake.dropConnection();
    // Sent while the socket is down: kept and replayed on RESUME.
    const missed = fake.sendChatInput({ name: 'ping' });
    const resume = await fake.gateway.waitForClientOp(GatewayOp.Resume, { timeoutMs: 10_000, since: mark });
    expect((resume.payload.d as Json).session_id).toBe(fake.gateway.sessionId());
    await resumed;
    expect(fake.gateway.connections.entries.at(-1)?.url.startsWith('/resume?')).toBe(true);
    expect((await fake.waitForInteractionResponse(missed.id, WAIT)).body).toMatchObject({ data: { content: 'pong' } });

    const after = fake.sendChatInput({ name: 'ping' });
    expect((await fake.waitForInteractionResponse(after.id, WAIT)).body).toMatchObject({ data: { content: 'pong' } });
  }, 15_000);

  it('injects 429 and 500 faults that discord.js retries', async () => {
    const channelId = fake.channelId;
    const limited = fake.rest.failNext({
      method: 'POST',
      pathPattern: '/channels/*/messages',
      status: 429,
      retryAfterSec: 0.05,
    });
    const mark = fake.rest.mark();
    const t0 = Date.now();
    const msg = await client.rest.post(`/channels/${channelId}/messages`, { body: { content: 'after 429' } });
    expect((msg as Json).content).toBe('after 429');
    expect(limited.hits).toBe(1);
    const attempts = fake.rest.filter((r) => r.path === `/channels/${channelId}/messages`, mark);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(attempts[0]?.response).toMatchObject({ retry_after: 0.05, global: false });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(40);

    fake.rest.failNext({ method: 'POST', pathPattern: '/channels/:id/messages', status: 500 });
    await expect(
      client.rest.post(`/channels/${channelId}/messages`, { body: { content: 'after 500' } }),
    ).resolves.toBeTruthy();

    const persistent = fake.rest.failNext({ pathPattern: '/channels/**', status: 503, times: Infinity });
    await expect(client.rest.get(`/channels/${channelId}`)).rejects.toMatchObject({ status: 503 });
    expect(persistent.hits).toBe(2); // first try + 1 retry
    persistent.cancel();
  });

  it('hangs a request until the client times out, and rejects invalid bodies', async () => {
    const rest = new REST({ api: fake.apiBase, timeout: 300, retries: 0 }).setToken('fake-token');
    fake.rest.hang({ method: 'GET', pathPattern: '/users/@me' });
    await expect(rest.get('/users/@me')).rejects.toThrow(/abort/i);
    await expect(
      rest.post(`/channels/${fake.channelId}/messages`, { body: { content: 'x'.repeat(2001) } }),
    ).rejects.toMatchObject({
      status: 400,
      code: 50035,
    });
    await expect(rest.get('/no/such/route')).rejects.toMatchObject({ status: 404 });
  });

  it('records command registration', async () => {
    const body = [{ name: 'ping', description: 'Ping', type: 1 }];
    const res = (await client.rest.put(`/applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`, {
      body,
    })) as Json[];
    expect(res[0]).toMatchObject({ name: 'ping', application_id: fake.applicationId, guild_id: fake.guild.id });
    expect(String(res[0]?.id)).toMatch(/^\d{18,19}$/);
  });

  it('blocks non-loopback connections in this process', async () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('::1')).toBe(true);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('discord.com')).toBe(false);
    expect(isLoopbackHost('10.0.0.1')).toBe(false);
    // Put a stub under the guard so that, even if the guard let something
    // through, nothing would leave the machine.
    uninstallLoopbackOnlyGuard();
    const real = net.Socket.prototype.connect;
    const passedThrough: unknown[] = [];
    net.Socket.prototype.connect = function stub(this: net.Socket, ...args: unknown[]) {
      passedThrough.push(args);
      process.nextTick(() => this.destroy(new Error('stubbed connect')));
      return this;
    };
    installLoopbackOnlyGuard();
    try {
      const before = blockedAttempts.length;
      await expect(fetch('http://discord.invalid/api/v10/gateway')).rejects.toThrow();
      expect(() => net.connect({ host: '192.0.2.1', port: 80 })).toThrow(/loopback-only/);
      await expect(dns.promises.lookup('discord.invalid')).rejects.toThrow(/loopback-only/);
      expect(blockedAttempts.length).toBeGreaterThanOrEqual(before + 3);
      expect(passedThrough).toEqual([]);
    } finally {
      uninstallLoopbackOnlyGuard();
      net.Socket.prototype.connect = real;
      installLoopbackOnlyGuard();
    }
  });
});
