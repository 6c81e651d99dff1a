/**
 * Load against the BUILT bot in its own process (`node dist/src/main.js`), the fake Discord in this one:
 * four bursts of 500 slash commands from 2,000 distinct users, 500 channel messages mentioning the bot
 * from 500 distinct users spread over the same bursts, and a few users each firing 15 commands inside a
 * burst. Every interaction is acknowledged exactly once (a deferred one also gets its `@original` edit),
 * every message gets exactly one reply, the cooldown holds, nobody is pinged, the fake answers no 4xx.
 * The measured figures are printed as one JSON line.
 *
 * Channel replies are ordinary authenticated REST calls, so discord.js's own global limit
 * (50 requests/s) paces them: 500 replies need ≥ 10 s whatever the bot does. Interaction callbacks and
 * webhook edits are unauthenticated and not globally limited. The message burst is sized accordingly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/paths.js';
import {
  InteractionResponseType,
  snowflake,
  startFakeDiscord,
  waitUntil,
  type FakeDiscord,
  type InteractionPayload,
  type Json,
  type RecordedRequest,
} from '../fake-discord/index.js';
import {
  BLANK_SETTINGS,
  EPHEMERAL,
  MAIN,
  SEED_DATA_DIR,
  TOKEN,
  WAIT,
  botProcessEnv,
  opts,
  percentile,
  textOf,
} from './harness.js';

const BURSTS = 4;
const PER_BURST = 500; // slash commands per burst, each from a new user
const MESSAGES_PER_BURST = 125; // channel messages per burst (500 in all), each from a new user
const GAP_MS = 1_500; // between bursts
const COOLDOWN_REQUESTS = 5;
const COOLDOWN_USERS = 4;
const COOLDOWN_EACH = 15; // sent by each cooldown user inside burst 2
const COOLDOWN_NOTE =
  /^(You are asking a little fast — please try again in \d+ s|Bạn đang hỏi hơi nhanh — vui lòng thử lại sau \d+ giây)\.$/;
const LOADING = 128; // flag of a deferred reply not edited yet

const KINDS: { name: string; options: Record<string, string | number | boolean> }[] = [
  { name: 'dialogue', options: { edition: 9 } },
  { name: 'topic', options: { topic: 'an-ninh-biển' } },
  { name: 'search', options: { query: 'Biển Đông' } },
  { name: 'ask', options: { question: 'who co-chaired the 7th dialogue?' } },
  { name: 'editions', options: {} },
];
const QUESTIONS = [
  'who co-chaired the 9th dialogue?',
  'doi thoai lan 7 o dau',
  'ai đồng chủ trì đối thoại lần thứ 9?',
  'an ninh biển',
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function procStatus(pid: number | undefined): { rssMB: number; peakMB: number } {
  const s = pid !== undefined && existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, 'utf8') : '';
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? NaN);
  return { rssMB: Math.round(kb('VmRSS') / 1024), peakMB: Math.round(kb('VmHWM') / 1024) };
}

/** Build if dist/ is missing or stale (scripts/run.mjs does that), then quit the local console. */
function warmBuild(): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'scripts', 'run.mjs'), 'main'], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...BLANK_SETTINGS, DATA_DIR: SEED_DATA_DIR },
      stdio: ['pipe', 'ignore', 'inherit'],
    });
    const timer = setTimeout(
      () => (child.kill('SIGKILL'), reject(new Error('build/warm-up did not finish in 60 s'))),
      60_000,
    );
    child.on('error', reject);
    child.on('close', (code) => (clearTimeout(timer), resolve(code)));
    child.stdin.end('/quit\n');
  });
}

describe('load against the bot in its own process', () => {
  let fake: FakeDiscord;
  let child: ChildProcess | undefined;
  let out = '';
  let exited: Promise<number | null>;

  beforeAll(async () => {
    expect(await warmBuild()).toBe(0);
    expect(existsSync(MAIN)).toBe(true);
    // Like Discord, refuse a first interaction response later than 3 s.
    fake = await startFakeDiscord({ token: TOKEN, interactionTimeoutMs: 3_000 });
    child = spawn(process.execPath, [MAIN], {
      cwd: PROJECT_ROOT,
      // COOLDOWN_SECONDS longer than the test: the window cannot slide open during the burst.
      env: botProcessEnv(fake.apiBase, { COOLDOWN_REQUESTS: String(COOLDOWN_REQUESTS), COOLDOWN_SECONDS: '120' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr!.on('data', (c: Buffer) => (out += c.toString('utf8')));
    exited = new Promise((resolve) => child!.on('close', (code) => resolve(code)));
    await waitUntil(() => out.includes('"msg":"ready as '), WAIT, 'the bot process to be ready');
    // warm-up, one of each kind and one message, each from its own user
    for (const k of KINDS) {
      const i = fake.sendChatInput({ name: k.name, options: opts(k.options), userId: snowflake() });
      await fake.waitForInteractionResponse(i.id, WAIT);
    }
  }, 75_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(WAIT).then(() => child!.kill('SIGKILL'))]);
    }
    await fake?.close();
  }, 20_000);

  it(`${BURSTS}×${PER_BURST} slash commands + ${BURSTS * MESSAGES_PER_BURST} mentions + cooldown users: each answered exactly once`, async () => {
    const since = fake.rest.mark();
    const channelId = fake.channelId;
    const sentAt = new Map<string, number>(); // interaction or message id → sent
    const tokenToId = new Map<string, string>();
    const interactions: InteractionPayload[] = [];
    const messageIds: string[] = [];
    const cooldownUsers = Array.from({ length: COOLDOWN_USERS }, () => snowflake());
    const cooldownIds = new Map<string, string[]>(cooldownUsers.map((u) => [u, []]));

    const sendInteraction = (k: number, userId: string): InteractionPayload => {
      const kind = KINDS[k % KINDS.length]!;
      const i = fake.build.chatInput({
        name: kind.name,
        options: opts(kind.options),
        userId,
        locale: k % 3 ? 'en-US' : 'vi',
      });
      sentAt.set(i.id, Date.now());
      tokenToId.set(i.token, i.id);
      fake.sendInteraction(i);
      interactions.push(i);
      return i;
    };

    const t0 = Date.now();
    for (let b = 0; b < BURSTS; b++) {
      if (b > 0) await sleep(GAP_MS);
      const everyMsg = Math.floor(PER_BURST / MESSAGES_PER_BURST);
      for (let k = 0; k < PER_BURST; k++) {
        sendInteraction(b * PER_BURST + k, snowflake());
        if (k % everyMsg === 0) {
          const n = messageIds.length;
          const m = fake.sendMessage({
            content: QUESTIONS[n % QUESTIONS.length]!,
            channelId,
            authorId: snowflake(),
            mentionsBot: true,
          });
          sentAt.set(m.id as string, Date.now());
          messageIds.push(m.id as string);
        }
        // the cooldown users fire inside the second burst, interleaved with everyone else
        if (b === 1 && k % 8 === 0 && k / 8 < COOLDOWN_USERS * COOLDOWN_EACH) {
          const u = cooldownUsers[(k / 8) % COOLDOWN_USERS]!;
          cooldownIds.get(u)!.push(sendInteraction(k, u).id);
        }
      }
    }
    const sentMs = Date.now() - t0;

    // Collect incrementally from the fake's answered log (bounded wait, no per-id waiters).
    const log = fake.rest.answered.entries;
    let scanned = 0;
    while (scanned < log.length && log[scanned]!.seq < since) scanned++;
    const callbacks = new Map<string, RecordedRequest[]>(); // interaction id → accepted callbacks
    const edits = new Map<string, RecordedRequest[]>(); // interaction id → PATCH @original
    const replies = new Map<string, RecordedRequest[]>(); // message id → replies
    const rejected: RecordedRequest[] = [];
    const pingable: string[] = [];
    const checkMentions = (r: RecordedRequest, am: Json | undefined) => {
      const parse = am?.parse as unknown[] | undefined;
      if (!Array.isArray(parse) || parse.length !== 0)
        pingable.push(`${r.method} ${r.path} ${JSON.stringify(am ?? null)}`);
    };
    const scan = () => {
      for (; scanned < log.length; scanned++) {
        const r = log[scanned]!;
        if ((r.status ?? 0) >= 400) rejected.push(r);
        const body = (r.body ?? null) as Json | null;
        let m: RegExpExecArray | null;
        if (r.method === 'POST' && (m = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(r.path))) {
          if (r.status !== undefined && r.status < 300) callbacks.set(m[1]!, [...(callbacks.get(m[1]!) ?? []), r]);
          const data = body?.data as Json | undefined;
          if (body?.type === InteractionResponseType.ChannelMessageWithSource)
            checkMentions(r, data?.allowed_mentions as Json | undefined);
        } else if (r.method === 'PATCH' && (m = /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/.exec(r.path))) {
          const id = tokenToId.get(m[1]!) ?? `?${m[1]}`;
          if (r.status !== undefined && r.status < 300) edits.set(id, [...(edits.get(id) ?? []), r]);
          checkMentions(r, body?.allowed_mentions as Json | undefined);
        } else if (r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path)) {
          const ref = (body?.message_reference as Json | undefined)?.message_id as string | undefined;
          if (ref && r.status !== undefined && r.status < 300) replies.set(ref, [...(replies.get(ref) ?? []), r]);
          checkMentions(r, body?.allowed_mentions as Json | undefined);
          if ((body?.allowed_mentions as Json | undefined)?.replied_user !== false)
            pingable.push(`${r.path} replied_user`);
        }
      }
    };
    const isDeferred = (id: string) =>
      (callbacks.get(id)?.[0]?.body as Json | undefined)?.type ===
      InteractionResponseType.DeferredChannelMessageWithSource;
    const done = () => {
      scan();
      return (
        interactions.every((i) => callbacks.has(i.id) && (!isDeferred(i.id) || edits.has(i.id))) &&
        messageIds.every((id) => replies.has(id))
      );
    };
    await waitUntil(
      done,
      // A liveness bound, not a speed target: 500 channel replies need >= 10 s at discord.js's global
      // limit, and a machine shared by other jobs can stretch that several times.
      120_000,
      'every interaction acknowledged (and edited when deferred) and every message replied',
      25,
    ).catch((e: Error) => {
      const missingCb = interactions.filter((i) => !callbacks.has(i.id)).length;
      const missingEdit = interactions.filter((i) => isDeferred(i.id) && !edits.has(i.id)).length;
      const missingReply = messageIds.filter((id) => !replies.has(id)).length;
      throw new Error(
        `${e.message}: ${missingCb} unacknowledged, ${missingEdit} deferred without edit, ${missingReply} messages without reply; bot output tail:\n${out.slice(-2000)}`,
      );
    });
    const duration = Date.now() - t0;
    const rss = procStatus(child!.pid);
    await sleep(500); // anything doubled late would show up here
    scan();

    // exactly once: interactions, deferred edits, channel replies
    expect(interactions.length).toBe(BURSTS * PER_BURST + COOLDOWN_USERS * COOLDOWN_EACH);
    expect(interactions.filter((i) => callbacks.get(i.id)?.length !== 1).map((i) => i.id)).toEqual([]);
    const deferred = interactions.filter((i) => isDeferred(i.id));
    expect(deferred.filter((i) => edits.get(i.id)?.length !== 1).map((i) => i.id)).toEqual([]);
    expect([...edits.keys()].filter((id) => !isDeferred(id))).toEqual([]); // no stray edits
    expect(messageIds.filter((id) => replies.get(id)?.length !== 1)).toEqual([]);
    expect(replies.size).toBe(messageIds.length);
    for (const id of messageIds) expect(replies.get(id)![0]!.path).toBe(`/channels/${channelId}/messages`);
    // every deferred reply shows its answer now
    for (const i of deferred) {
      const msg = fake.state.messages.get(fake.state.interactions.get(i.id)?.originalMessageId ?? '');
      expect(Number(msg?.flags ?? 0) & LOADING).toBe(0);
      expect(textOf(msg).length).toBeGreaterThan(0);
    }
    expect(rejected.map((r) => `${r.method} ${r.path} -> ${r.status}`)).toEqual([]);
    expect(pingable).toEqual([]);

    // the cooldown held under the burst: COOLDOWN_REQUESTS answers each, the rest the ephemeral note
    const cooldownSummary: Record<string, { answers: number; notes: number }> = {};
    for (const [u, ids] of cooldownIds) {
      expect(ids).toHaveLength(COOLDOWN_EACH);
      const bodies = ids.map(
        (id) => callbacks.get(id)![0]!.body as { type: number; data?: { content?: string; flags?: number } },
      );
      const isNote = (b: (typeof bodies)[number]) =>
        b.type === InteractionResponseType.ChannelMessageWithSource &&
        b.data?.flags === EPHEMERAL &&
        COOLDOWN_NOTE.test(b.data?.content ?? '');
      const notes = bodies.filter(isNote).length;
      cooldownSummary[u] = { answers: bodies.length - notes, notes };
      expect(bodies.length - notes, `user ${u}`).toBe(COOLDOWN_REQUESTS);
      expect(notes, `user ${u}`).toBe(COOLDOWN_EACH - COOLDOWN_REQUESTS);
    }
    // ordinary users never see the note
    const cooldownSet = new Set([...cooldownIds.values()].flat());
    const others = interactions.filter((i) => !cooldownSet.has(i.id));
    const noteText = (id: string) =>
      (((callbacks.get(id)![0]!.body as Json).data as Json | undefined)?.content as string | undefined) ?? '';
    expect(others.filter((i) => COOLDOWN_NOTE.test(noteText(i.id))).length).toBe(0);

    const lat = (ids: string[], at: (id: string) => number) =>
      ids.map((id) => at(id) - sentAt.get(id)!).sort((a, b) => a - b);
    const iLat = lat(
      interactions.map((i) => i.id),
      (id) => callbacks.get(id)![0]!.time,
    );
    const mLat = lat(messageIds, (id) => replies.get(id)![0]!.time);
    const figures = {
      interactionsSent: interactions.length,
      interactionsAnswered: interactions.filter((i) => callbacks.get(i.id)?.length === 1).length,
      deferred: deferred.length,
      deferredEdited: deferred.filter((i) => edits.get(i.id)?.length === 1).length,
      interactionP50Ms: percentile(iLat, 50),
      interactionP99Ms: percentile(iLat, 99),
      interactionMaxMs: iLat.at(-1),
      interactionsOver3s: iLat.filter((l) => l > 3000).length,
      messagesSent: messageIds.length,
      messagesAnswered: [...replies.values()].filter((r) => r.length === 1).length,
      messageP50Ms: percentile(mLat, 50),
      messageP99Ms: percentile(mLat, 99),
      messageMaxMs: mLat.at(-1),
      cooldown: Object.values(cooldownSummary),
      rejected4xx: rejected.length,
      botRssMB: rss.rssMB,
      botPeakRssMB: rss.peakMB,
      sendMs: sentMs,
      durationMs: duration,
    };
    console.log(`load-process figures: ${JSON.stringify(figures)}`);

    expect(out).not.toMatch(/"level":"error"/);
    expect(out).not.toMatch(/deferReply failed|could not send the apology/);
    expect(out).not.toContain(TOKEN);
  }, 160_000);

  it('shuts down cleanly on SIGTERM after the load', async () => {
    child!.kill('SIGTERM');
    const code = await Promise.race([exited, sleep(WAIT).then(() => 'timeout' as const)]);
    expect(code).toBe(0);
    expect(out).toContain('"msg":"stopped"');
  });
});
