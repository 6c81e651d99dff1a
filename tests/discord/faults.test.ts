/**
 * The real bot under faults: a slow answer (deferral), a dropped gateway connection, an invalid session,
 * a 429 on the interaction callback, a persistent 500 on a channel, a hanging REST call, a handler that
 * throws, a rejected login. After each, the bot keeps answering and the token is in no log line.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { COMMAND_BY_NAME, COMMANDS } from '../../commands/index.js';
import type { Command } from '../../src/discord/command.js';
import { DEFER_AFTER_MS } from '../../src/discord/respond.js';
import { startBot } from '../../src/discord/start.js';
import { parseSettings } from '../../src/config/settings.js';
import { GatewayOp, InteractionResponseType, startFakeDiscord, type Json } from '../fake-discord/index.js';
import {
  EPHEMERAL,
  FAST_IDENTIFY,
  SEED_DATA_DIR,
  TOKEN,
  WAIT,
  badRequests,
  bodyOf,
  command,
  startHarness,
  textOf,
  type Harness,
  type HarnessOptions,
} from './harness.js';

let current: Harness | undefined;
async function start(o: HarnessOptions = {}): Promise<Harness> {
  current = await startHarness(o);
  return current;
}
afterEach(async () => {
  if (current) expect(current.everything(), 'token leaked into logs or REST bodies').not.toContain(TOKEN);
  await current?.close();
  current = undefined;
});

const callbacksOf = (h: Harness, id: string) =>
  h.fake.rest.filter(
    (r) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`) && r.path.endsWith('/callback'),
  );

/** Answered with the real answer (not an apology): the callback, or the edit of a deferred reply. */
async function expectAnswered(
  h: Harness,
  name: string,
  options: Record<string, string | number | boolean>,
  needle: string,
): Promise<void> {
  const { i, body, cb } = await command(h.fake, name, options, { locale: 'en-US' });
  expect(cb.status).toBe(204);
  if (body.type === InteractionResponseType.DeferredChannelMessageWithSource) {
    const edit = await h.fake.rest.waitForAnswered(
      (r) => r.method === 'PATCH' && r.path.endsWith(`/${i.token}/messages/@original`),
      WAIT,
    );
    expect(textOf(edit.body as Json)).toContain(needle);
  } else {
    expect(textOf(body.data)).toContain(needle);
  }
}

describe('faults', () => {
  it('a slow answer: an interaction that had to wait is deferred (type 5) and then @original is edited', async () => {
    // Like Discord, the fake rejects initial callbacks later than 3 s.
    const h = await start({ fake: { interactionTimeoutMs: 3000 } });
    const ctx = h.bot.ctx;
    const realCorpus = ctx.corpus;
    let blocked = false;
    ctx.corpus = () => {
      if (!blocked) {
        blocked = true;
        const until = Date.now() + DEFER_AFTER_MS + 200; // ~1.7 s of synchronous work, once
        while (Date.now() < until) {
          /* busy */
        }
      }
      return realCorpus();
    };
    const t0 = Date.now();
    const a = h.fake.sendChatInput({
      name: 'dialogue',
      options: [{ name: 'edition', type: 4, value: 9 }],
      locale: 'en-US',
    });
    const b = h.fake.sendChatInput({
      name: 'dialogue',
      options: [
        { name: 'edition', type: 4, value: 7 },
        { name: 'hide', type: 5, value: true },
      ],
      locale: 'en-US',
    });
    const [ca, cb] = await Promise.all([
      h.fake.waitForInteractionResponse(a.id, WAIT),
      h.fake.waitForInteractionResponse(b.id, WAIT),
    ]);
    // A did the slow work itself and answered directly, still inside Discord's 3 s.
    expect(ca.status).toBe(204);
    expect(bodyOf(ca).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(textOf(bodyOf(ca).data)).toContain('Tina Kaidanow');
    expect(ca.time - t0).toBeLessThan(3000);
    // B waited behind it: acknowledged first (ephemeral, as it asked to hide), then edited.
    expect(cb.status).toBe(204);
    expect(bodyOf(cb)).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: EPHEMERAL },
    });
    expect(cb.time - t0).toBeLessThan(3000);
    const edit = await h.fake.rest.waitForAnswered(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${h.fake.applicationId}/${b.token}/messages/@original`,
      WAIT,
    );
    expect(edit.status).toBe(200);
    expect(textOf(edit.body as Json)).toContain('Puneet Talwar');
    expect((edit.body as Json).allowed_mentions).toMatchObject({ parse: [] });
    const stored = h.fake.state.messages.get(h.fake.state.interactions.get(b.id)!.originalMessageId!) as Json;
    expect(JSON.stringify(stored.embeds)).toContain('Puneet Talwar');
    expect(callbacksOf(h, a.id)).toHaveLength(1);
    expect(callbacksOf(h, b.id)).toHaveLength(1);
    ctx.corpus = realCorpus;
    await expectAnswered(h, 'editions', {}, 'Edition 9');
  });

  it('a dropped gateway connection: the bot resumes, gets what it missed, and keeps answering', async () => {
    const h = await start();
    const connections = h.fake.gateway.connections.mark();
    h.fake.dropConnection();
    // Sent while the socket is down: replayed on RESUME.
    const missed = h.fake.sendChatInput({ name: 'editions', locale: 'en-US' });
    await h.fake.gateway.waitForClientOp(GatewayOp.Resume, WAIT);
    await h.fake.gateway.waitForDispatch('RESUMED', WAIT);
    const cb = await h.fake.waitForInteractionResponse(missed.id, WAIT);
    expect(cb.status).toBe(204);
    expect(textOf(bodyOf(cb).data)).toContain('Edition 9');
    expect(h.fake.gateway.connections.entries.length).toBe(connections + 1);
    expect(h.fake.gateway.connections.entries.at(-1)?.url).toMatch(/^\/resume/);
    await expectAnswered(h, 'dialogue', { edition: 9 }, 'Tina Kaidanow');
    await expect.poll(() => h.logs.some((l) => l.includes('gateway resumed')), { timeout: WAIT }).toBe(true);
  });

  it('an invalid session: the bot identifies again and keeps answering', async () => {
    const h = await start({ start: { clientOptions: FAST_IDENTIFY } });
    const readyBefore = h.fake.gateway.log.filter((e) => e.dir === 'out' && e.payload.t === 'READY').length;
    const firstSession = h.fake.gateway.sessionId();
    h.fake.invalidateSession(false);
    await h.fake.gateway.log.waitFor((e) => e.dir === 'out' && e.payload.t === 'READY', {
      since: h.fake.gateway.log.mark(),
      timeoutMs: WAIT,
    });
    expect(h.fake.gateway.log.filter((e) => e.dir === 'out' && e.payload.t === 'READY').length).toBe(readyBefore + 1);
    expect(h.fake.gateway.sessionId()).not.toBe(firstSession);
    await expectAnswered(h, 'dialogue', { edition: 9 }, 'Tina Kaidanow');

    // a resumable one: the same session goes on
    const session = h.fake.gateway.sessionId();
    const since = h.fake.gateway.log.mark();
    h.fake.invalidateSession(true);
    await h.fake.gateway.log.waitFor((e) => e.dir === 'out' && (e.payload.t === 'RESUMED' || e.payload.t === 'READY'), {
      since,
      timeoutMs: WAIT,
    });
    await expectAnswered(h, 'editions', {}, 'Edition 9');
    expect(h.fake.gateway.sessionId()).toBe(session);
  });

  it('a 429 with Retry-After on the interaction callback: answered after the wait', async () => {
    const h = await start();
    h.fake.rest.failNext({
      method: 'POST',
      pathPattern: '/interactions/*/*/callback',
      status: 429,
      retryAfterSec: 0.6,
    });
    const i = h.fake.sendChatInput({
      name: 'dialogue',
      options: [{ name: 'edition', type: 4, value: 9 }],
      locale: 'en-US',
    });
    const ok = await h.fake.rest.waitForAnswered(
      (r) => r.path.startsWith(`/interactions/${i.id}/`) && r.status === 204,
      WAIT,
    );
    const calls = callbacksOf(h, i.id);
    expect(calls.map((c) => c.status)).toEqual([429, 204]);
    expect(ok.time - calls[0]!.time).toBeGreaterThanOrEqual(550);
    expect(textOf(bodyOf(ok).data)).toContain('Tina Kaidanow');
    expect(h.logs.filter((l) => l.includes('"level":"error"'))).toEqual([]);
  });

  it('a persistent 500 on a channel’s message POST: logged, and interactions are still answered', async () => {
    const h = await start({ env: { REST_TIMEOUT_MS: '1000' } });
    const fault = h.fake.rest.failNext({
      method: 'POST',
      pathPattern: '/channels/*/messages',
      status: 500,
      times: Infinity,
    });
    const msg = h.fake.sendMessage({ content: `<@${h.fake.bot.id}> who co-chaired the 9th dialogue?` });
    await expect
      .poll(() => h.logs.find((l) => l.includes('"level":"error"') && l.includes('"msg":"channel question failed"')), {
        timeout: WAIT,
        interval: 20,
      })
      .toBeTruthy();
    const line = h.logs.find((l) => l.includes('"level":"error"') && l.includes('"msg":"channel question failed"'))!;
    expect(line).toContain(String(msg.id));
    expect(line).toContain(h.fake.channelId);
    const attempts = h.fake.rest.filter(
      (r) => r.method === 'POST' && r.path === `/channels/${h.fake.channelId}/messages`,
    );
    expect(attempts.length).toBeGreaterThanOrEqual(1);
    expect(attempts.length).toBeLessThanOrEqual(2); // one try + one retry, never forever
    expect(attempts.every((a) => a.status === 500)).toBe(true);
    await expectAnswered(h, 'dialogue', { edition: 9 }, 'Tina Kaidanow');
    await expectAnswered(h, 'search', { query: 'Biển Đông' }, 'Biển');
    fault.cancel();
    // and once the channel works again, so do channel questions
    const again = h.fake.sendMessage({ content: `<@${h.fake.bot.id}> /editions` });
    const reply = await h.fake.rest.waitForAnswered(
      (r) =>
        r.method === 'POST' &&
        ((r.body as Json | null)?.message_reference as Json | undefined)?.message_id === again.id &&
        r.status === 200,
      WAIT,
    );
    expect(textOf(reply.body as Json)).toContain('Lần thứ 9');
  });

  it('a callback that hangs: the call fails within REST_TIMEOUT_MS × (retries + 1), is logged, and later interactions are answered', async () => {
    const timeout = 700;
    const h = await start({ env: { REST_TIMEOUT_MS: String(timeout) } });
    h.fake.rest.hang({ method: 'POST', pathPattern: '/interactions/*/*/callback', times: 2 });
    const t0 = Date.now();
    const i = h.fake.sendChatInput({ name: 'editions', locale: 'en-US' });
    await expect
      .poll(() => h.logs.find((l) => l.includes('"level":"error"') && l.includes('"msg":"command failed"')), {
        timeout: WAIT,
        interval: 20,
      })
      .toBeTruthy();
    const failedAfter = Date.now() - t0;
    console.log(`hanging callback: the bot gave up after ${failedAfter} ms (REST_TIMEOUT_MS=${timeout}, retries=1)`);
    expect(failedAfter).toBeLessThan(timeout * 2 + 800);
    expect(failedAfter).toBeGreaterThanOrEqual(timeout * 2 - 50);
    const line = h.logs.find((l) => l.includes('"level":"error"') && l.includes('"msg":"command failed"'))!;
    expect(line).toContain(i.id);
    expect(line).toContain('"command":"editions"');
    expect(callbacksOf(h, i.id).filter((r) => r.fault === 'hang')).toHaveLength(2);
    // The user still hears something (the apology goes out once the hang is over).
    const apology = await h.fake.rest.waitForAnswered(
      (r) => r.path.startsWith(`/interactions/${i.id}/`) && r.status === 204,
      WAIT,
    );
    expect(bodyOf(apology).data?.flags).toBe(EPHEMERAL);
    expect(bodyOf(apology).data?.content).toContain('Sorry');
    // Later interactions are answered as usual.
    await expectAnswered(h, 'dialogue', { edition: 9 }, 'Tina Kaidanow');
    await expectAnswered(h, 'editions', {}, 'Edition 7');
  });

  it('a handler that throws: the user gets an ephemeral apology, the error is logged with context, the bot is unaffected', async () => {
    // The bot is given commands that fail on demand, wrapping the real ones (no module is patched).
    const real = { editions: COMMAND_BY_NAME.get('editions')!, topic: COMMAND_BY_NAME.get('topic')! };
    const broken: {
      editions?: Command['execute'];
      topic?: Command['execute'];
      autocomplete?: Command['autocomplete'];
    } = {};
    const editions: Command = {
      ...real.editions,
      execute: (ctx, i) => (broken.editions ?? real.editions.execute)(ctx, i),
    };
    const topic: Command = {
      ...real.topic,
      execute: (ctx, i) => (broken.topic ?? real.topic.execute)(ctx, i),
      autocomplete: (ctx, i) => (broken.autocomplete ?? real.topic.autocomplete!)(ctx, i),
    };
    const h = await start({
      start: {
        commands: COMMANDS.map((c) => (c.data.name === 'editions' ? editions : c.data.name === 'topic' ? topic : c)),
      },
    });
    try {
      broken.editions = async () => {
        throw new Error('boom: editions handler exploded');
      };
      const vi = await command(h.fake, 'editions', {}, { locale: 'vi' });
      expect(vi.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect(vi.body.data?.flags).toBe(EPHEMERAL);
      expect(vi.body.data?.content).toBe(
        'Xin lỗi, đã có lỗi khi trả lời câu này. Lỗi đã được ghi lại; bạn thử lại sau nhé.',
      );
      expect(vi.body.data?.allowed_mentions).toMatchObject({ parse: [] });
      const en = await command(h.fake, 'editions', {}, { locale: 'en-US' });
      expect(en.body.data?.content).toBe(
        'Sorry, something went wrong while answering. It has been logged; please try again later.',
      );
      const line = h.logs.find(
        (l) => l.includes('"level":"error"') && l.includes('"msg":"command failed"') && l.includes(vi.i.id),
      );
      expect(line).toBeDefined();
      for (const s of [
        '"command":"editions"',
        `"user":"${h.fake.user.id}"`,
        `"guild":"${h.fake.guild.id}"`,
        'boom: editions handler exploded',
        'Error',
      ]) {
        expect(line).toContain(s);
      }

      // Throwing after deferring: the apology is an ephemeral follow-up.
      broken.topic = async (_ctx, interaction) => {
        await interaction.deferReply();
        throw new Error('boom after defer');
      };
      const t = h.fake.sendChatInput({ name: 'topic', options: { topic: 'dioxin' }, locale: 'en-US' });
      const followUp = await h.fake.rest.waitForAnswered(
        (r) => r.method === 'POST' && r.path === `/webhooks/${h.fake.applicationId}/${t.token}`,
        WAIT,
      );
      expect(followUp.status).toBe(200);
      expect((followUp.body as Json).flags).toBe(EPHEMERAL);
      expect(String((followUp.body as Json).content)).toContain('Sorry');

      // A throwing autocomplete: logged, and Discord still gets an (empty) answer.
      broken.autocomplete = async () => {
        throw new Error('boom in autocomplete');
      };
      const ac = h.fake.sendAutocomplete({ name: 'topic', options: { topic: 'an ninh' } });
      const acb = await h.fake.waitForInteractionResponse(ac.id, WAIT);
      expect(bodyOf(acb)).toEqual({
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: [] },
      });
      expect(h.logs.some((l) => l.includes('autocomplete failed') && l.includes('boom in autocomplete'))).toBe(true);
    } finally {
      delete broken.editions;
      delete broken.topic;
      delete broken.autocomplete;
    }
    await expectAnswered(h, 'editions', {}, 'Edition 9');
    await expectAnswered(h, 'topic', { topic: 'an-ninh-biển' }, 'Edition 7');
    expect(badRequests(h.fake)).toEqual([]);
  });

  it('a rejected token: login fails with an error that does not contain the token', async () => {
    const fake = await startFakeDiscord({ token: 'the-only-token-the-fake-accepts-0123456789' });
    const logs: string[] = [];
    try {
      const err = await startBot({
        commands: COMMANDS,
        settings: parseSettings(
          {
            DISCORD_TOKEN: TOKEN,
            DISCORD_API_URL: fake.apiBase,
            DATA_DIR: SEED_DATA_DIR,
            LOG_LEVEL: 'debug',
            REST_TIMEOUT_MS: '1000',
            CORPUS_CACHE: 'off',
          },
          ['DISCORD_TOKEN'],
        ),
        logWrite: (l) => logs.push(l),
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(/^Could not log in to Discord/);
      for (const s of [(err as Error).message, String((err as Error).stack), ...logs]) expect(s).not.toContain(TOKEN);
    } finally {
      await fake.close();
    }
  });
});
