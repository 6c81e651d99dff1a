/**
 * Load: a burst of 500 interactions from 500 users, every one acknowledged exactly once within
 * Discord's 3 s and showing its own answer; and the per-user cooldown: 20 quick requests from one user give COOLDOWN_REQUESTS answers
 * and polite ephemeral notes for the rest, one response each. The measured figures are printed.
 *
 * The fake runs in this process, on the bot's event loop: every request it serves costs the bot time,
 * so latencies here are pessimistic compared with a remote Discord.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType, snowflake, waitUntil, type InteractionPayload } from '../fake-discord/index.js';
import {
  EPHEMERAL,
  TOKEN,
  badRequests,
  bodyOf,
  opts,
  percentile,
  startHarness,
  textOf,
  type Harness,
} from './harness.js';

const BURST = 500;
const LOADING = 128; // message flag of a deferred reply not edited yet

const MIX: { name: string; options: Record<string, string | number | boolean>; needle: RegExp }[] = [
  { name: 'dialogue', options: { edition: 9 }, needle: /Tina Kaidanow/ },
  { name: 'dialogue', options: { edition: 7 }, needle: /Puneet Talwar/ },
  { name: 'dialogue', options: { edition: 42 }, needle: /#42|lần thứ 42/ },
  { name: 'topic', options: { topic: 'an-ninh-biển' }, needle: /Edition 9|Lần thứ 9/ },
  { name: 'search', options: { query: 'Biển Đông' }, needle: /Biển/ },
  { name: 'ask', options: { question: 'who co-chaired the 9th dialogue?' }, needle: /Hà Kim Ngọc/ },
  { name: 'ask', options: { question: 'doi thoai lan 7 o dau' }, needle: /Hà Nội/ },
  { name: 'editions', options: {}, needle: /Edition 10|Lần thứ 10/ },
  { name: 'about', options: {}, needle: /How to cite|Cách trích dẫn/ },
  { name: 'dialogue', options: { edition: 9, hide: true }, needle: /Tina Kaidanow/ },
];

describe('load', () => {
  let h: Harness;

  beforeAll(async () => {
    // Like Discord, the fake refuses a first response later than 3 s after the interaction was created.
    h = await startHarness({
      fake: { interactionTimeoutMs: 3000 },
      env: { COOLDOWN_REQUESTS: '5', COOLDOWN_SECONDS: '10' },
    });
    // warm up (the first answers compile the code paths), from a user of its own
    for (const kind of MIX) {
      const warm = h.fake.sendChatInput({ name: kind.name, options: opts(kind.options), userId: snowflake() });
      await h.fake.waitForInteractionResponse(warm.id, 5000);
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  it(`a burst of ${BURST} interactions from ${BURST} users: each acknowledged exactly once, in time, with its own answer`, async () => {
    const since = h.fake.rest.mark();
    const rssBefore = process.memoryUsage().rss;
    const sentAt = new Map<string, number>();
    const sent: { i: InteractionPayload; kind: (typeof MIX)[number] }[] = [];
    const t0 = Date.now();
    for (let k = 0; k < BURST; k++) {
      const kind = MIX[k % MIX.length]!;
      const payload = h.fake.build.chatInput({
        name: kind.name,
        options: opts(kind.options),
        userId: snowflake(),
        locale: k % 3 ? 'en-US' : 'vi',
      });
      sentAt.set(payload.id, Date.now());
      h.fake.sendInteraction(payload);
      sent.push({ i: payload, kind });
    }
    // first accepted response of every interaction
    const firsts = await Promise.all(
      sent.map(({ i }) =>
        h.fake.rest.waitForAnswered(
          (r) => r.method === 'POST' && r.path.startsWith(`/interactions/${i.id}/`) && r.status === 204,
          {
            timeoutMs: 15_000,
            description: `accepted callback of ${i.id}`,
          },
        ),
      ),
    );
    const acknowledgedMs = Date.now() - t0;
    // every deferred reply edited with the answer (edits are throttled by discord.js's global limit)
    const original = (i: InteractionPayload) =>
      h.fake.state.messages.get(h.fake.state.interactions.get(i.id)?.originalMessageId ?? '');
    await waitUntil(
      () => sent.every(({ i }) => (Number(original(i)?.flags ?? 0) & LOADING) === 0),
      15_000,
      'every deferred reply edited',
      50,
    );
    const answeredMs = Date.now() - t0;
    const rssAfter = process.memoryUsage().rss;

    const callbacks = h.fake.rest.filter((r) => r.method === 'POST' && r.path.startsWith('/interactions/'), since);
    const accepted = new Map<string, number>();
    for (const r of callbacks)
      if (r.status === 204) accepted.set(r.path.split('/')[2]!, (accepted.get(r.path.split('/')[2]!) ?? 0) + 1);
    // exactly one accepted first response per interaction: none lost, none doubled
    expect(accepted.size).toBe(BURST);
    expect([...accepted.values()].filter((n) => n !== 1)).toEqual([]);

    let deferred = 0;
    for (const [k, { i, kind }] of sent.entries()) {
      const where = `${kind.name} ${JSON.stringify(kind.options)}`;
      const first = bodyOf(firsts[k]!);
      if (first.type === InteractionResponseType.DeferredChannelMessageWithSource) deferred++;
      else expect(first.type, where).toBe(InteractionResponseType.ChannelMessageWithSource);
      const msg = original(i);
      expect(msg, where).toBeDefined();
      expect(textOf(msg), where).toMatch(kind.needle); // what the user finally sees
      expect(Number(msg!.flags ?? 0) & EPHEMERAL, where).toBe(kind.options.hide ? EPHEMERAL : 0);
      expect(h.fake.state.interactions.get(i.id)?.followupIds, where).toEqual([]); // no apology follow-ups
    }
    expect(badRequests(h.fake, since).filter((r) => !r.path.startsWith('/interactions/'))).toEqual([]);
    expect(h.logs.filter((l) => /"level":"error"/.test(l))).toEqual([]);

    const latencies = firsts.map((c) => c.time - sentAt.get(c.path.split('/')[2]!)!).sort((a, b) => a - b);
    const edits = h.fake.rest.filter((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'), since);
    const figures = {
      interactions: BURST,
      answered: accepted.size,
      repliedDirectly: BURST - deferred,
      deferredThenEdited: deferred,
      firstResponseP50Ms: percentile(latencies, 50),
      firstResponseP99Ms: percentile(latencies, 99),
      firstResponseMaxMs: latencies.at(-1),
      laterThan3s: latencies.filter((l) => l > 3000).length,
      allAcknowledgedMs: acknowledgedMs,
      allAnswersShownMs: answeredMs,
      rejectedRetries: callbacks.filter((r) => r.status !== 204).length,
      repeatedEdits: edits.length - deferred,
      rssMB: Math.round(rssAfter / 1048576),
      rssGrowthMB: Math.round((rssAfter - rssBefore) / 1048576),
    };
    console.log(
      `burst figures: ${JSON.stringify(figures)}\n` +
        '  (latency: interaction sent → first response accepted by the fake; RSS: this test process = the bot + the fake + vitest)',
    );
  }, 40_000);

  it('one user sending 20 quickly: COOLDOWN_REQUESTS answers, then the polite ephemeral cooldown note, one response each', async () => {
    const user = snowflake();
    const since = h.fake.rest.mark();
    const sent = Array.from({ length: 20 }, (_, k) =>
      h.fake.sendChatInput({
        name: k % 2 ? 'editions' : 'dialogue',
        options: k % 2 ? [] : opts({ edition: 9 }),
        userId: user,
        locale: 'en-US',
      }),
    );
    const callbacks = await Promise.all(sent.map((i) => h.fake.waitForInteractionResponse(i.id, 10_000)));
    for (const i of sent) {
      expect(
        h.fake.rest.filter((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${i.id}/`), since),
      ).toHaveLength(1);
    }
    const bodies = callbacks.map(bodyOf);
    const isNote = (b: (typeof bodies)[number]) =>
      b.data?.flags === EPHEMERAL &&
      /^You are asking a little fast — please try again in \d+ s\.$/.test(b.data?.content ?? '');
    const notes = bodies.filter(isNote);
    const answers = bodies.filter((b) => !isNote(b));
    expect(answers).toHaveLength(5);
    expect(notes).toHaveLength(15);
    // the first five are the answers
    expect(bodies.slice(0, 5).some(isNote)).toBe(false);
    for (const a of answers) expect(textOf(a.data)).toMatch(/Tina Kaidanow|Edition 9/);
    for (const n of notes) expect(n.data?.allowed_mentions).toMatchObject({ parse: [] });
    console.log(
      `cooldown: 20 quick requests from one user → ${answers.length} answers, ${notes.length} cooldown notes, ${callbacks.length} responses`,
    );
    // others are not affected by that user's cooldown
    const other = h.fake.sendChatInput({ name: 'editions', userId: snowflake(), locale: 'en-US' });
    const cb = await h.fake.waitForInteractionResponse(other.id, 5000);
    expect(textOf(bodyOf(cb).data)).toContain('Edition 9');
  });

  it('the token appears in no log line', () => {
    expect(h.everything()).not.toContain(TOKEN);
  });
});
